import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { getDb } from "@/db/client";
import { departementCodeSchema, getDepartementCached, listProjetsForDepartementCached, listSchoolsForDepartementCached } from "@/lib/territory";
import { ContexteTerritorial } from "../_components/ContexteTerritorial";
import { SchoolsTable } from "./SchoolsTable";

type Params = Promise<{ code: string }>;

async function load(params: Params) {
  const parsed = departementCodeSchema.safeParse((await params).code);
  if (!parsed.success) return null;
  const db = getDb();
  const row = await getDepartementCached(db, parsed.data);
  return row ? { db, row } : null;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  await connection();
  const found = await load(params);
  if (!found) notFound();
  return { title: `${found.row.name} (${found.row.code}) — Territoires` };
}

export default async function DepartementPage({ params }: { params: Params }) {
  await connection();
  const found = await load(params);
  if (!found) notFound();
  const { db, row } = found;
  // Reference data from memory (a minute, see REFERENCE_CACHE_MS); the schools, which change,
  // are read again after 10 seconds (SCHOOLS_CACHE_MS).
  const [projets, schoolRows] = await Promise.all([listProjetsForDepartementCached(db, row.code), listSchoolsForDepartementCached(db, row.code)]);
  const kind = row.zone === "com" ? "Collectivité d'outre-mer" : row.zone === "drom" ? "Département et région d'outre-mer" : "Département";

  return (
    <>
      <Breadcrumb
        currentPageLabel={`${row.name} (${row.code})`}
        homeLinkProps={{ href: "/" }}
        segments={[{ label: "Territoires", linkProps: { href: "/territoires" } }]}
      />
      <h1>
        {row.name} ({row.code})
      </h1>
      <p className="fr-text--lead">{kind}. Déploiement des ENT dans les collèges et établissements connus de la plateforme.</p>

      <ContexteTerritorial row={row} projets={projets} />

      <h2 className="fr-mt-4w">Établissements connus de la plateforme</h2>
      {schoolRows.length === 0 ? (
        <p>Aucun établissement de ce territoire n&apos;est encore inscrit sur la plateforme.</p>
      ) : (
        <SchoolsTable rows={schoolRows} />
      )}

      <h2 className="fr-mt-4w">Services utilisés et maturité</h2>
      <p>
        Aucun établissement n&apos;a encore déclaré ses services : les services publiés utilisés dans ce territoire et leur maturité
        moyenne par axe apparaîtront ici dès qu&apos;un établissement les aura déclarés.
      </p>
    </>
  );
}
