import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { pageGuard } from "@/app/_auth/guard";
import { getDb } from "@/db/client";
import { currentGrid } from "@/lib/grid/current";
import { answerHistory, getService } from "@/lib/assessment/store";
import type { AnswerContent } from "@/lib/assessment/answer";
import { formatDateTime } from "@/lib/format";
import { CRITERION_ID_PATTERN } from "@/lib/grid/schema";
import { TableFrame } from "@/app/_components/TableFrame";
import { Refusal } from "@/app/_components/Refusal";

export const metadata: Metadata = { title: "Historique d'un critère" };

const show = (a: AnswerContent | null) =>
  !a ? "—" : `${a.level === null ? "sans niveau" : a.level === "na" ? `non applicable (${a.naReason})` : `niveau ${a.level}`}${a.justification ? ` — « ${a.justification} »` : ""}${a.evidence?.length ? ` — ${a.evidence.length} lien(s)` : ""}`;

export default async function HistoriquePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  const critere = z.string().regex(CRITERION_ID_PATTERN).safeParse((await searchParams).critere);
  const db = getDb();
  const service = await getService(db, id);
  if (!service || !critere.success) notFound();
  const guard = await pageGuard("service.read-draft", { type: "service", id: service.id, organisationId: service.organisationId }, `/mes-services/${id}/historique?critere=${critere.data}`);
  if ("forbidden" in guard) return <Refusal message={guard.forbidden} />;
  const history = await answerHistory(db, service.id, critere.data);
  const title = currentGrid().criteria.find((c) => c.id === critere.data)?.title ?? "";
  return (
    <>
      <h1>
        Historique de {critere.data} {title && `— ${title}`}
      </h1>
      <p>
        <Link href={`/mes-services/${service.id}`}>Retour au service {service.name}</Link>
      </p>
      {history.length === 0 ? (
        <p>Aucune modification enregistrée pour ce critère.</p>
      ) : (
        <TableFrame caption="Modifications, de la plus récente à la plus ancienne" stack bordered>
                  <thead>
                    <tr>
                      <th scope="col">Date</th>
                      <th scope="col">Par</th>
                      <th scope="col">Avant</th>
                      <th scope="col">Après</th>
                    </tr>
                  </thead>
                  <tbody>
                    {history.map((h, i) => (
                      <tr key={i}>
                        <td data-label="Date">{formatDateTime(h.at)}</td>
                        <td data-label="Par">{h.who}</td>
                        <td data-label="Avant">{show(h.before)}</td>
                        <td data-label="Après">{show(h.after)}</td>
                      </tr>
                    ))}
                  </tbody>
        </TableFrame>
      )}
    </>
  );
}
