import { describe, it, expect } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { MAP_LOCATIONS, MAP_SPRITE, MAP_SPRITE_VERSION, mapShapeHref } from "@/lib/territory-map";
import type { DepartementRow, SchoolRow } from "@/lib/territory";
import { builtFrom, escapeHtml } from "@/app/territoires/_components/html";
import { DepartementsTable } from "@/app/territoires/_components/DepartementsTable";
import { SchoolsTable } from "@/app/territoires/[code]/SchoolsTable";
import { Swatch, swatchMarkup } from "@/app/territoires/_components/MapStyles";

/**
 * The cells of the body rows as a browser reads them: the strings leave the end tags of cells and
 * rows to the HTML parser, so a row runs to the next <tr> and a cell to the next <td> or <th>.
 */
const bodyCells = (html: string) =>
  html
    .slice(html.indexOf("<tbody>") + "<tbody>".length, html.indexOf("</tbody>"))
    .split(/<tr[^>]*>/)
    .slice(1)
    .map((tr) =>
      tr
        .split(/<t[dh][^>]*>/)
        .slice(1)
        .map((c) =>
          c
            .replace(/<[^>]+>/g, "")
            .replace(/&lt;/g, "<")
            .replace(/&gt;/g, ">")
            .replace(/&quot;/g, '"')
            .replace(/&#x27;/g, "'")
            .replace(/&amp;/g, "&"),
        ),
    );

describe("map sprite", () => {
  it("holds one shape per metropolitan département, under an address that changes with the shapes", () => {
    expect(MAP_SPRITE.startsWith('<svg xmlns="http://www.w3.org/2000/svg">')).toBe(true);
    expect(MAP_SPRITE).toContain("Victor Cazanave, licence CC-BY-4.0");
    const ids = [...MAP_SPRITE.matchAll(/<path id="d-([^"]+)" d="([^"]+)"\/>/g)];
    expect(ids.map((m) => m[1])).toEqual(MAP_LOCATIONS.map((l) => l.code));
    expect(ids.every((m, i) => m[2] === MAP_LOCATIONS[i].path)).toBe(true);
    expect(MAP_SPRITE_VERSION).toMatch(/^[0-9a-f]{12}$/);
    expect(mapShapeHref("2A")).toBe(`/territoires/carte.svg?v=${MAP_SPRITE_VERSION}#d-2A`);
  });
});

describe("markup written as strings", () => {
  it("escapes what could break out of text or of an attribute", () => {
    expect(escapeHtml(`<a href="x">L'Haÿ & co</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;L&#x27;Haÿ &amp; co&lt;/a&gt;");
    expect(escapeHtml("Ain")).toBe("Ain");
  });

  it("builds once per source object and key", () => {
    const rows: unknown[] = [];
    let calls = 0;
    const build = () => ++calls;
    expect(builtFrom(rows, "a", build)).toBe(1);
    expect(builtFrom(rows, "a", build)).toBe(1);
    expect(builtFrom(rows, "b", build)).toBe(2);
    expect(builtFrom([], "a", build)).toBe(3);
  });

  it("writes the same swatch as the React component", () => {
    for (const style of ["s1", "s2", "s3", "s4", "autre", "nd"] as const) expect(swatchMarkup(style)).toBe(renderToStaticMarkup(<Swatch style={style} />));
  });

  it("lists the schools with their values escaped and the demonstration badge", () => {
    const rows: SchoolRow[] = [
      { uai: "0260015A", name: "Collège <des> Tilleuls & \"Co\"", kind: "Collège", isPublic: true, communeName: "Valence", isDemo: true },
      { uai: "0260016B", name: "Lycée d'Aix", kind: null, isPublic: false, communeName: null, isDemo: false },
    ];
    const html = renderToStaticMarkup(<SchoolsTable rows={rows} />);
    expect(html).toContain("<caption>2 établissements du territoire inscrits sur la plateforme</caption>");
    expect(html).not.toContain("<des>");
    expect(bodyCells(html)).toEqual([
      ["0260015A", 'Collège <des> Tilleuls & "Co" démonstration', "Collège", "Valence", "public"],
      ["0260016B", "Lycée d'Aix", "—", "—", "privé"],
    ]);
    expect(html).toContain('<span class="fr-badge fr-badge--new fr-badge--sm fr-badge--no-icon">démonstration</span>');
    expect(renderToStaticMarkup(<SchoolsTable rows={rows.slice(1)} />)).toContain("<caption>1 établissement du territoire inscrit sur la plateforme</caption>");
  });

  it("writes the départements table sorted, with aria-sort, sort links and the missing values spelt out", () => {
    const base = { regionAcademique: null, region: null, zone: "metro", commentaire2018: null, collegesPrives2018: 0 };
    const rows: DepartementRow[] = [
      { ...base, code: "2A", name: "Corse-du-Sud", academie: "Corse", etat2018: "Expérimentation", collegesPublics2018: 14, etat2025: "Déploiement massif", collegesPublicsAvecEnt2025: 1200 },
      { ...base, code: "01", name: "Ain", academie: "Lyon", etat2018: null, collegesPublics2018: null, etat2025: "Déploiement massif", collegesPublicsAvecEnt2025: null },
    ];
    const html = renderToStaticMarkup(<DepartementsTable rows={rows} query={{ annee: "2018", tri: "ent2025", ordre: "desc" }} />);
    expect(html).toContain("2 lignes, triées par «\u00a0Collèges publics avec ENT 2025\u00a0» (ordre décroissant)");
    expect(html).toMatch(/<th scope="col" aria-sort="descending"><a [^>]*href="\/territoires\?annee=2018&amp;tri=ent2025#tableau">Collèges publics avec ENT 2025/);
    expect(html).toContain('href="/territoires?annee=2018&amp;tri=departement#tableau">Département<span class="fr-sr-only"> — trier par ordre croissant</span>');
    expect(bodyCells(html)).toEqual([
      ["2A", "Corse-du-Sud", "Corse", "Expérimentation", "14", "0", "Déploiement massif", "1\u00a0200"],
      ["01", "Ain", "Lyon", "Non renseigné en 2018", "—Non renseigné en 2018", "0", "Déploiement massif", "—non publié (« - » dans le tableau source)"],
    ]);
  });
});
