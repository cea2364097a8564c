/** The banner of the public pages of a service its editor archived (its publications stay readable). Server component. */
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { archivedBanner } from "@/lib/assessment/archived";

export function ArchivedNotice({ archivedAt }: { archivedAt: Date }) {
  return (
    <Alert
      severity="warning"
      as="h2"
      className="fr-mb-3w"
      title={archivedBanner(archivedAt)}
      description="L'éditeur ne propose plus ce service : il ne figure plus au catalogue des services positionnés. Ses publications restent consultables telles qu'elles ont été publiées."
    />
  );
}
