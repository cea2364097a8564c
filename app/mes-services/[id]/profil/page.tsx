import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { pageGuard } from "@/app/_auth/guard";
import { getDb } from "@/db/client";
import { currentGrid, findGrid } from "@/lib/grid/current";
import { getService, loadDraft, serviceProfile } from "@/lib/assessment/store";
import { ServiceForm } from "../../ServiceForm";
import { Refusal } from "@/app/_components/Refusal";
import { ArchivedDraftNotice } from "../../_components/ArchivedDraftNotice";

export const metadata: Metadata = { title: "Profil du service" };

export default async function ProfilPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const db = getDb();
  const service = await getService(db, id);
  if (!service) notFound();
  const guard = await pageGuard("service.edit", { type: "service", id: service.id, organisationId: service.organisationId }, `/mes-services/${id}/profil`);
  if ("forbidden" in guard) return <Refusal message={guard.forbidden} />;
  if (service.archivedAt) return <ArchivedDraftNotice service={service} what="Profil" />;
  const draft = await loadDraft(db, service.id, currentGrid().version);
  const grid = findGrid(draft.gridVersion) ?? currentGrid();
  const profile = serviceProfile(service);
  return (
    <>
      <h1>Profil du service {service.name}</h1>
      <ServiceForm
        mode="edit"
        serviceId={service.id}
        initial={{ name: service.name, description: service.description, url: service.url ?? "", category: profile.category, flags: profile.flags }}
        criteria={grid.criteria.map((c) => ({ id: c.id, title: c.title, applicabilite: c.applicabilite }))}
      />
    </>
  );
}
