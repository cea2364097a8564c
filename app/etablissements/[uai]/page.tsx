import type { Metadata } from "next";
import { connection } from "next/server";
import { currentGrid } from "@/lib/grid/current";
import { filterCatalogue, latestPublications } from "@/lib/assessment/catalogue";
import { getDeadline } from "@/lib/settings";
import { getDepartement, listProjetsForDepartement } from "@/lib/territory";
import { reviewHistory, schoolOverview, schoolServiceIds } from "@/lib/schools/store";
import { HistoryTable } from "../_components/HistoryTable";
import { loadPrivateSchool } from "../_lib/school";
import { readSchoolQuery, type SearchParams } from "../_lib/school-query";
import { AddService } from "./_components/AddService";
import { SchoolIdentity, SchoolTerritory, SchoolTitle } from "./_components/SchoolIdentity";
import { SchoolServices } from "./_components/SchoolServices";
import { SchoolSummary } from "./_components/SchoolSummary";

export const metadata: Metadata = { title: "Mon établissement" };

/** A school's private page: identity and territory, summary, its services and their decisions, adding services. */
export default async function SchoolPage({ params, searchParams }: { params: Promise<{ uai: string }>; searchParams: Promise<SearchParams> }) {
  await connection();
  const { uai: rawUai } = await params;
  const { db, school, canManage } = await loadPrivateSchool(rawUai, `/etablissements/${rawUai}`);
  const uai = school.uai;
  // Filters of the table (and of the CSV), and the catalogue search: both from the query string.
  const query = readSchoolQuery(await searchParams);
  const grid = currentGrid();
  const searching = canManage && query.catalogue.filter !== null;

  const [rows, history, deadline, departement, projets, catalogue, alreadyIn] = await Promise.all([
    schoolOverview(db, uai, { currentGridVersion: grid.version }),
    reviewHistory(db, uai, { limit: 20 }),
    getDeadline(db),
    school.departementCode ? getDepartement(db, school.departementCode) : null,
    school.departementCode ? listProjetsForDepartement(db, school.departementCode) : [],
    searching ? latestPublications(db) : [],
    searching ? schoolServiceIds(db, uai) : new Set<string>(),
  ]);
  const results = query.catalogue.filter ? filterCatalogue(catalogue, query.catalogue.filter) : [];

  return (
    <>
      <SchoolTitle school={school} />
      <SchoolIdentity school={school} departement={departement} deadline={deadline} />
      <SchoolTerritory departement={departement} projets={projets} />
      <SchoolSummary uai={uai} rows={rows} />
      <SchoolServices uai={uai} rows={rows} axes={grid.axes} query={query.table} />
      {canManage && <AddService uai={uai} catalogue={query.catalogue} results={results} alreadyIn={alreadyIn} />}
      <section aria-labelledby="titre-historique">
        <h2 id="titre-historique">Historique des décisions</h2>
        {history.length === 0 ? <p>Aucune décision enregistrée pour l&apos;instant.</p> : <HistoryTable uai={uai} entries={history} />}
      </section>
    </>
  );
}
