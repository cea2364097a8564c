import type { Metadata } from "next";
import { connection } from "next/server";
import { Table } from "@codegouvfr/react-dsfr/Table";
import { getDb } from "@/db/client";
import { countByState, listDepartements, listNationalFigures } from "@/lib/territory";
import { formatInteger } from "@/lib/format";

export const metadata: Metadata = { title: "Territoires" };

export default async function TerritoiresPage() {
  await connection();
  const db = getDb();
  const [rows, figures] = await Promise.all([listDepartements(db), listNationalFigures(db)]);
  const counts2025 = countByState(rows, "etat2025");
  const collegeFigures = figures.filter((f) => /coll[èe]ges/i.test(f.scope) || /ÉduConnect|GAR/.test(f.indicator)).slice(0, 6);
  const n = (v: number | null) => (v == null ? "—" : formatInteger(v));
  return (
    <>
      <h1>Déploiement des ENT par territoire</h1>
      <p className="fr-text--lead">
        L&apos;état du déploiement des espaces numériques de travail (ENT) dans les collèges, par département, en novembre 2018
        et à la rentrée 2025, d&apos;après les tableaux publiés par le ministère.
      </p>
      <div className="fr-callout fr-mb-4w">
        <p className="fr-callout__text">
          Les deux années ne se comparent pas directement : en 2018, l&apos;état décrit l&apos;avancement du projet et compte les
          collèges « du projet » ; en 2025, il est issu des données DNMA et compte les collèges publics ayant un ENT.
        </p>
      </div>
      <h2>Répartition des départements en 2025</h2>
      <ul>
        {counts2025.map((c) => (
          <li key={c.state}>
            {c.state} : {c.count} département{c.count > 1 ? "s" : ""} ou collectivité{c.count > 1 ? "s" : ""}
          </li>
        ))}
      </ul>
      {collegeFigures.length > 0 && (
        <>
          <h2>Chiffres nationaux 2025</h2>
          <ul>
            {collegeFigures.map((f) => (
              <li key={f.id}>
                {f.indicator} : {f.valueAsWritten} <span className="fr-text--xs">({f.scope})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>Tableau par département</h2>
      <Table
        caption="État du déploiement des ENT dans les collèges, par département (2018 et 2025)"
        fixed={false}
        headers={["Code", "Département", "Académie", "État 2018", "Collèges publics du projet 2018", "État 2025", "Collèges publics avec ENT 2025"]}
        data={rows.map((r) => [
          r.code,
          r.name,
          r.academie,
          r.etat2018 ?? "Pas de donnée",
          n(r.collegesPublics2018),
          r.etat2025 ?? "Pas de donnée",
          n(r.collegesPublicsAvecEnt2025),
        ])}
      />
    </>
  );
}
