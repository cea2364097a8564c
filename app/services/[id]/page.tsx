import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { currentGrid, findGrid } from "@/lib/grid/current";
import { getService, listPublications } from "@/lib/assessment/store";
import { deadlineText, getDeadline } from "@/lib/settings";
import { formatDateTime } from "@/lib/format";
import { PublicationView } from "@/app/_components/PublicationView";
import { ReportLink } from "@/app/_components/ReportLink";
import { ArchivedNotice } from "@/app/_components/ArchivedNotice";

export const metadata: Metadata = { title: "Positionnement publié" };

/** The public page of a service: its latest publication only; drafts are never shown here. */
export default async function ServicePublicPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const db = getDb();
  const [pubs, service] = await Promise.all([listPublications(db, id), getService(db, id)]);
  if (pubs.length === 0) notFound(); // unpublished services do not exist publicly
  const last = pubs[0];
  const grid = findGrid(last.gridVersion) ?? currentGrid();
  return (
    <>
      <h1>{last.snapshot.service.name}</h1>
      {service?.archivedAt && <ArchivedNotice archivedAt={service.archivedAt} />}
      {grid.version !== currentGrid().version && (
        <div className="fr-alert fr-alert--warning fr-alert--sm fr-mb-3w">
          <p>Ce positionnement suit la grille {grid.version} ; la grille en vigueur est la {currentGrid().version}.</p>
        </div>
      )}
      <p>
        <ReportLink href={`/services/${id}/rapport`} detail={`PDF — publication n° ${last.number}`}>
          Télécharger le rapport PDF
        </ReportLink>
      </p>
      <PublicationView snapshot={last.snapshot} grid={grid} number={last.number} publishedAt={last.publishedAt} deadline={deadlineText(await getDeadline(db))} />
      <h2>Télécharger ce positionnement</h2>
      <ul>
        <li>
          <a className="fr-link fr-icon-download-line fr-link--icon-left" href={`/services/${id}/export?format=csv`} download>
            Format CSV (tableur)
          </a>
        </li>
        <li>
          <a className="fr-link fr-icon-download-line fr-link--icon-left" href={`/services/${id}/export?format=json`} download>
            Format JSON (données)
          </a>
        </li>
      </ul>
      <h2>Publications</h2>
      <ul>
        {pubs.map((p) => (
          <li key={p.id}>
            <Link href={`/services/${id}/publications/${p.number}`}>Publication n° {p.number}</Link> du {formatDateTime(p.publishedAt)} (grille {p.gridVersion}) —{" "}
            <a href={`/services/${id}/publications/${p.number}/rapport`} download>
              rapport PDF<span className="fr-sr-only"> de la publication n° {p.number}</span>
            </a>
          </li>
        ))}
      </ul>
      {pubs.length > 1 && (
        <form method="get" action={`/services/${id}/comparer`} className="fr-mt-2w">
          <fieldset className="fr-fieldset">
            <legend className="fr-fieldset__legend">Comparer deux publications</legend>
            <PublicationSelect name="de" label="De la publication" numbers={pubs.map((p) => p.number)} selected={pubs[1].number} />
            <PublicationSelect name="a" label="À la publication" numbers={pubs.map((p) => p.number)} selected={pubs[0].number} />
          </fieldset>
          <button className="fr-btn fr-btn--secondary" type="submit">
            Comparer
          </button>
        </form>
      )}
    </>
  );
}

function PublicationSelect({ name, label, numbers, selected }: { name: string; label: string; numbers: number[]; selected: number }) {
  return (
    <div className="fr-fieldset__element fr-fieldset__element--inline">
      <div className="fr-select-group">
        <label className="fr-label" htmlFor={name}>
          {label}
        </label>
        <select className="fr-select" id={name} name={name} defaultValue={String(selected)}>
          {numbers.map((n) => (
            <option key={n} value={n}>
              n° {n}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
