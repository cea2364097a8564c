import { describe, it, expect } from "vitest";
import fs from "node:fs";
import { currentGrid } from "@/lib/grid/current";
import { makeProfile } from "@/lib/grid/profile";
import { answerContentSchema } from "@/lib/assessment/answer";
import { buildSnapshot } from "@/lib/assessment/snapshot";
import { exportFileName, toExportCsvRows, toExportJson, type ExportSource } from "@/lib/assessment/export";

const grid = currentGrid();
const profile = makeProfile("outil-pedagogique", ["eleves", "authentification"]);
const snapshot = buildSnapshot({
  grid,
  service: { name: "Atelier « Été »", description: "", url: null, profile },
  organisation: { name: "Éditions Test" },
  answers: new Map([
    ["INT-01", answerContentSchema.parse({ level: 3, justification: "Élève connecté", evidence: ["https://exemple.fr/a"] })],
    ["SEC-01", answerContentSchema.parse({ level: "na", naReason: "Pas de données" })],
  ]),
});
const source: ExportSource = { kind: "publication", publication: { number: 2, publishedAt: "2026-11-25T10:00:00.000Z" }, snapshot };
const schema = JSON.parse(fs.readFileSync("docs/schemas/positionnement-v1.schema.json", "utf8"));

describe("positioning exports", () => {
  it("JSON has exactly the properties the published JSON Schema requires", () => {
    const json = toExportJson(source, grid);
    expect(Object.keys(json).sort()).toEqual([...schema.required].sort());
    expect(Object.keys(json.scores).sort()).toEqual([...schema.properties.scores.required].sort());
    expect(Object.keys(json.reponses[0]).sort()).toEqual([...schema.properties.reponses.items.required].sort());
    expect(json.reponses).toHaveLength(snapshot.applicable.length);
    const int01 = json.reponses.find((r) => r.critere === "INT-01");
    if (snapshot.applicable.includes("INT-01")) expect(int01).toMatchObject({ niveau: 3, justification: "Élève connecté", preuves: ["https://exemple.fr/a"] });
  });

  it("CSV has one line per applicable criterion, then the totals", () => {
    const rows = toExportCsvRows(source, grid);
    expect(rows[0][0]).toBe("Service");
    expect(rows.filter((r) => r.length === 12)).toHaveLength(snapshot.applicable.length + 1);
    expect(rows[1][4]).toBe("Publication n° 2");
  });

  it("names files without accents or spaces", () => {
    expect(exportFileName(source, "csv")).toBe("positionnement-atelier-ete-publication-2.csv");
    expect(exportFileName({ ...source, kind: "brouillon", publication: null }, "json")).toBe("positionnement-atelier-ete-brouillon.json");
  });
});
