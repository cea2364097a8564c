/** What the positioning form and the profile form show while the service is archived: its draft is frozen. Server component. */
import Link from "next/link";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { ARCHIVED_DRAFT_MESSAGE } from "@/lib/assessment/archived";
import { formatDate } from "@/lib/format";
import { ServiceBreadcrumb } from "@/app/mes-services/_components/ServiceBreadcrumb";

export function ArchivedDraftNotice({ service, what }: { service: { id: string; name: string; archivedAt: Date | null }; what: "Positionnement" | "Profil" }) {
  return (
    <>
      <ServiceBreadcrumb service={service} current={what} />
      <h1>
        {what} de {service.name}
      </h1>
      <Alert
        severity="warning"
        as="h2"
        title={`Service archivé${service.archivedAt ? ` le ${formatDate(service.archivedAt)}` : ""}`}
        description={
          <>
            {ARCHIVED_DRAFT_MESSAGE} <Link href={`/mes-services/${service.id}`}>Aller à la page du service</Link> (exports et rapport du brouillon, « Restaurer »).
          </>
        }
      />
    </>
  );
}
