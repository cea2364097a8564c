import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadGrid } from "@/lib/grid/load";
import {
  CATEGORY_LABELS,
  FLAG_LABELS,
  PROFILE_FLAGS,
  SERVICE_CATEGORIES,
  applicableCriteria,
  isApplicable,
  makeProfile,
  serviceProfileSchema,
} from "@/lib/grid/profile";
import type { Applicability } from "@/lib/grid/schema";

const grid = loadGrid(path.join(process.cwd(), "criteria", "2025.1"));
const ids = (profile: ReturnType<typeof makeProfile>) => applicableCriteria(grid, profile).map((c) => c.id);

const rule = (r: Partial<Applicability>): Applicability => ({ categories: [], si: [], siTous: [], exclure: [], ...r });

describe("isApplicable (sémantique)", () => {
  const ent = makeProfile("ent", ["eleves"]);
  const gar = makeProfile("ressource-gar", ["ia"]);

  it("sans contrainte : s'applique à tout service", () => {
    expect(isApplicable(rule({}), ent)).toBe(true);
    expect(isApplicable(rule({}), makeProfile("autre"))).toBe(true);
  });

  it("categories et si forment une union", () => {
    const r = rule({ categories: ["ent"], si: ["ia"] });
    expect(isApplicable(r, ent)).toBe(true); // par la catégorie
    expect(isApplicable(r, gar)).toBe(true); // par l'indicateur
    expect(isApplicable(r, makeProfile("gestion", ["mobile"]))).toBe(false);
  });

  it("siTous restreint : tous les indicateurs doivent être vrais", () => {
    const r = rule({ si: ["eleves", "responsablesLegaux"], siTous: ["authentification"] });
    expect(isApplicable(r, ent)).toBe(false);
    expect(isApplicable(r, makeProfile("ent", ["eleves", "authentification"]))).toBe(true);
    expect(isApplicable(r, makeProfile("ent", ["authentification"]))).toBe(false);
  });

  it("exclure l'emporte sur tout le reste", () => {
    expect(isApplicable(rule({ categories: ["ressource-gar"], exclure: ["ressource-gar"] }), gar)).toBe(false);
  });
});

describe("applicableCriteria sur la grille 2025.1", () => {
  const iaCriteria = grid.criteria.filter((c) => c.theme === "ia").map((c) => c.id);

  it("un service sans IA n'a aucun critère IA ; avec IA, il les a tous", () => {
    expect(iaCriteria.length).toBeGreaterThan(0);
    const without = ids(makeProfile("outil-pedagogique", ["eleves", "authentification", "donneesEleves"]));
    const withIa = ids(makeProfile("outil-pedagogique", ["eleves", "authentification", "donneesEleves", "ia"]));
    for (const id of iaCriteria) {
      expect(without).not.toContain(id);
      expect(withIa).toContain(id);
    }
  });

  it("une ressource distribuée par le GAR a les critères GAR, pas ÉduConnect ni guichets agent en direct", () => {
    const list = ids(makeProfile("ressource-gar", ["eleves", "personnels", "authentification", "donneesEleves"]));
    expect(list).toEqual(expect.arrayContaining(["SOC-04", "SOC-05", "SOC-06"]));
    expect(list).not.toContain("SOC-01");
    expect(list).not.toContain("SOC-03");
  });

  it("un outil pédagogique distribué par le GAR (indicateur gar) a aussi les critères GAR", () => {
    expect(ids(makeProfile("outil-pedagogique", ["gar"]))).toEqual(expect.arrayContaining(["SOC-04", "SOC-05", "SOC-06"]));
    expect(ids(makeProfile("outil-pedagogique", []))).not.toContain("SOC-04");
  });

  it("un logiciel de vie scolaire pour élèves et familles a ÉduConnect et le droit à la déconnexion", () => {
    const list = ids(
      makeProfile("vie-scolaire", ["eleves", "responsablesLegaux", "authentification", "notesDevoirs", "messagerie"]),
    );
    expect(list).toEqual(expect.arrayContaining(["SOC-01", "NR-11", "NR-12", "NR-17"]));
    expect(list).not.toContain("SOC-03"); // pas de personnels déclarés
    expect(list).not.toContain("SOC-04");
  });

  it("seul l'ENT a le raccordement DNMA opposable", () => {
    expect(ids(makeProfile("ent", []))).toContain("SOC-07");
    expect(ids(makeProfile("vie-scolaire", []))).not.toContain("SOC-07");
  });

  it("SCOPE et CRDC s'appliquent à tout service", () => {
    for (const category of SERVICE_CATEGORIES) {
      expect(ids(makeProfile(category))).toEqual(expect.arrayContaining(["SOC-09", "SOC-10"]));
    }
  });

  it("garde l'ordre de la grille", () => {
    const list = ids(makeProfile("ent", [...PROFILE_FLAGS]));
    const order = grid.criteria.map((c) => c.id).filter((id) => list.includes(id));
    expect(list).toEqual(order);
  });
});

describe("serviceProfileSchema", () => {
  it("complète les indicateurs absents à faux et ignore les indicateurs inconnus", () => {
    const parsed = serviceProfileSchema.parse({ category: "ent", flags: { eleves: true, ancien: true } });
    expect(parsed.flags.eleves).toBe(true);
    expect(parsed.flags.ia).toBe(false);
    expect(Object.keys(parsed.flags).sort()).toEqual([...PROFILE_FLAGS].sort());
    expect(serviceProfileSchema.parse({ category: "autre" }).flags.mobile).toBe(false);
  });

  it("refuse une catégorie inconnue avec un message en français", () => {
    const result = serviceProfileSchema.safeParse({ category: "lycee" });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toBe("Choisissez une catégorie de service");
  });

  it("a un libellé français pour chaque catégorie et chaque indicateur", () => {
    for (const c of SERVICE_CATEGORIES) expect(CATEGORY_LABELS[c]).toBeTruthy();
    for (const f of PROFILE_FLAGS) expect(FLAG_LABELS[f]).toBeTruthy();
  });
});
