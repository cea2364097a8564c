import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { pageGuard } from "@/app/_auth/guard";
import { Refusal } from "@/app/_components/Refusal";
import { getDb } from "@/db/client";
import { currentGrid, findGrid } from "@/lib/grid/current";
import { applicableCriteria } from "@/lib/grid/profile";
import { getService, loadDraft, serviceProfile } from "@/lib/assessment/store";
import { deadlineText, getDeadline } from "@/lib/settings";
import { PositioningForm } from "./PositioningForm";
import { ArchivedDraftNotice } from "../../_components/ArchivedDraftNotice";
import { ServiceBreadcrumb } from "@/app/mes-services/_components/ServiceBreadcrumb";

export const metadata: Metadata = { title: "Positionnement du service" };

export default async function PositionnementPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  const db = getDb();
  const service = await getService(db, id);
  if (!service) notFound();
  const guard = await pageGuard("service.edit", { type: "service", id: service.id, organisationId: service.organisationId }, `/mes-services/${id}/positionnement`);
  if ("forbidden" in guard) return <Refusal message={guard.forbidden} />;
  // An archived service's draft is frozen (the save itself answers 409 too: lib/assessment/archive).
  if (service.archivedAt) return <ArchivedDraftNotice service={service} what="Positionnement" />;
  const draft = await loadDraft(db, service.id, currentGrid().version);
  const grid = findGrid(draft.gridVersion) ?? currentGrid();
  const criteria = applicableCriteria(grid, serviceProfile(service));
  const requested = (await searchParams).axe;
  const initialAxis = typeof requested === "string" && grid.axes.some((a) => a.id === requested) ? requested : grid.axes[0].id;
  const initial = Object.fromEntries([...draft.answers].map(([k, v]) => [k, { content: v.content, version: v.version, updatedAt: v.updatedAt.toISOString(), updatedByName: v.updatedByName }]));

  return (
    <>
      <ServiceBreadcrumb service={service} current="Positionnement" />
      <h1>Positionnement de {service.name}</h1>
      <p>
        Grille {grid.version} — {criteria.length} critères applicables au profil du service. Chaque réponse est enregistrée automatiquement
        un instant après sa saisie ; les réponses partielles sont acceptées, la complétude n&apos;est exigée qu&apos;à la publication.
      </p>
      <PositioningForm
        serviceId={service.id}
        axes={grid.axes.map((a) => ({ id: a.id, label: a.label, themes: a.themes.map((t) => ({ id: t.id, label: t.label })) }))}
        criteria={criteria.map((c) => ({
          id: c.id,
          axis: c.axis,
          theme: c.theme,
          title: c.title,
          attendu: c.attendu,
          niveaux: c.niveaux,
          force: c.force,
          basis: c.basis,
          poids: c.poids,
          aide: c.aide,
          preuves: c.preuves,
          reference: c.reference,
        }))}
        initial={initial}
        deadline={deadlineText(await getDeadline(db))}
        initialAxis={initialAxis}
      />
    </>
  );
}
