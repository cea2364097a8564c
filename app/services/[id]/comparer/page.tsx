import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db/client";
import { currentGrid } from "@/lib/grid/current";
import { publicationByNumber } from "@/lib/assessment/catalogue";
import { diffSnapshots } from "@/lib/assessment/snapshot";
import type { AnswerContent } from "@/lib/assessment/answer";
import { formatPercent } from "@/lib/scoring";
import { TableFrame } from "@/app/_components/TableFrame";

export const metadata: Metadata = { title: "Comparer deux publications" };

const show = (a: AnswerContent | null) => (!a || a.level === null ? "sans réponse" : a.level === "na" ? `non applicable (${a.naReason})` : `niveau ${a.level}`);
const querySchema = z.object({ de: z.coerce.number().int().min(1), a: z.coerce.number().int().min(1) });

export default async function ComparerPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  const q = querySchema.safeParse(await searchParams);
  if (!q.success) notFound();
  const db = getDb();
  const [from, to] = await Promise.all([publicationByNumber(db, id, q.data.de), publicationByNumber(db, id, q.data.a)]);
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
      <p>
        <Link href={`/services/${id}`}>Retour au service</Link>
      </p>
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
