import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db/client";
import { currentGrid } from "@/lib/grid/current";
import { publicationByNumber } from "@/lib/assessment/catalogue";
import { getService } from "@/lib/assessment/store";
import { ArchivedNotice } from "@/app/_components/ArchivedNotice";
import { criterionStateText, diffSnapshots, type GapChange } from "@/lib/assessment/snapshot";
import type { AnswerContent } from "@/lib/assessment/answer";
import { CONFORMITY_SHORT_LABELS, formatPercent } from "@/lib/scoring";
import { TableFrame } from "@/app/_components/TableFrame";

export const metadata: Metadata = { title: "Comparer deux publications" };

const show = (a: AnswerContent | null) => (!a || a.level === null ? "sans réponse" : a.level === "na" ? `non applicable (${a.naReason})` : `niveau ${a.level}`);
const querySchema = z.object({ de: z.coerce.number().int().min(1), a: z.coerce.number().int().min(1) });

export default async function ComparerPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  const q = querySchema.safeParse(await searchParams);
  if (!q.success) notFound();
  const db = getDb();
  const [from, to, service] = await Promise.all([publicationByNumber(db, id, q.data.de), publicationByNumber(db, id, q.data.a), getService(db, id)]);
  if (!from || !to) notFound();
  const diff = diffSnapshots(from.snapshot, to.snapshot);
  const grid = currentGrid();
  const axisLabel = (axis: string) => (axis === "global" ? "Maturité globale" : (grid.axes.find((a) => a.id === axis)?.label ?? axis));
  const title = (cid: string) => grid.criteria.find((c) => c.id === cid)?.title ?? "";
  return (
    <>
      <h1>
        {to.snapshot.service.name} : publication n° {from.number} → n° {to.number}
      </h1>
      {service?.archivedAt && <ArchivedNotice archivedAt={service.archivedAt} />}
      <p>
        <Link href={`/services/${id}`}>Retour au service</Link>
      </p>
      <h2>Conformité aux critères opposables</h2>
      <p data-testid="changement-conformite">
        {diff.conformity.changed ? (
          <>
            <strong>{CONFORMITY_SHORT_LABELS[diff.conformity.before]}</strong> → <strong>{CONFORMITY_SHORT_LABELS[diff.conformity.after]}</strong>
          </>
        ) : (
          <>
            Inchangée : <strong>{CONFORMITY_SHORT_LABELS[diff.conformity.after]}</strong> dans les deux publications
          </>
        )}
        {` (${plural(diff.gaps.opened.length + diff.gaps.remaining.length, "écart")} dans la publication n° ${to.number}, ${plural(diff.gaps.closed.length + diff.gaps.remaining.length, "écart")} dans la n° ${from.number}).`}
      </p>
      <GapList id="ecarts-resorbes" title="Écarts résorbés" empty="Aucun écart de la publication précédente n'a été résorbé." gaps={diff.gaps.closed} />
      <GapList id="nouveaux-ecarts" title="Nouveaux écarts" empty="Aucun nouvel écart : aucun critère opposable n'est passé sous le niveau 3." gaps={diff.gaps.opened} />
      <GapList id="ecarts-maintenus" title="Écarts toujours ouverts" empty="Aucun écart ne subsiste d'une publication à l'autre." gaps={diff.gaps.remaining} />
      <h2>Scores</h2>
      <TableFrame caption="Maturité avant et après">
                <thead>
                  <tr>
                    <th scope="col">Axe</th>
                    <th scope="col">Publication n° {from.number}</th>
                    <th scope="col">Publication n° {to.number}</th>
                  </tr>
                </thead>
                <tbody>
                  {diff.scores.map((s) => (
                    <tr key={s.axis}>
                      <th scope="row">{axisLabel(s.axis)}</th>
                      <td>{formatPercent(s.before)}</td>
                      <td>{formatPercent(s.after)}</td>
                    </tr>
                  ))}
                </tbody>
      </TableFrame>
      <h2>Réponses modifiées</h2>
      {diff.answers.length === 0 ? (
        <p>Aucune réponse n&apos;a changé entre ces deux publications.</p>
      ) : (
        <ul data-testid="reponses-modifiees">
          {diff.answers.map((c) => (
            <li key={c.criterionId}>
              <strong>
                {c.criterionId} — {title(c.criterionId)}
              </strong>{" "}
              ({c.fields.join(", ")}) : {show(c.before)} → {show(c.after)}
              {c.fields.includes("justification") && (
                <>
                  <br />« {c.before?.justification ?? ""} » → « {c.after?.justification ?? ""} »
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

const plural = (n: number, word: string) => `${n} ${word}${n > 1 ? "s" : ""}`;

/** Binding criteria whose gap opened, closed or stayed open, each with its state before → after. */
function GapList({ id, title, empty, gaps }: { id: string; title: string; empty: string; gaps: GapChange[] }) {
  return (
    <section aria-labelledby={`titre-${id}`}>
      <h3 id={`titre-${id}`} className="fr-h6">
        {title} ({gaps.length})
      </h3>
      {gaps.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul data-testid={id}>
          {gaps.map((g) => (
            <li key={g.criterionId}>
              <strong>
                {g.criterionId} — {g.title}
              </strong>{" "}
              : {criterionStateText(g.before)} → {criterionStateText(g.after)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
