import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadGrid } from "@/lib/grid/load";
import { applicableCriteria, makeProfile } from "@/lib/grid/profile";
import {
  MATURITY_BANDS,
  PERCENT_SPACE,
  ScoringInputError,
  formatPercent,
  maturityLabel,
  scoreAssessment,
  type Answer,
  type ScoredCriterion,
} from "@/lib/scoring";

const crit = (id: string, axis: string, poids: number, force: "opposable" | "recommande" = "recommande"): ScoredCriterion => ({
  id,
  axis,
  title: `Critère ${id}`,
  poids,
  force,
});

// Worked example (also the kind of example the « Méthode » page shows):
//   axis A: A1 poids 3 level 4, A2 poids 1 level 2, A3 poids 2 level 1
//           points = 3×4 + 1×2 + 2×1 = 16 ; max = (3+1+2)×4 = 24 ; maturity = 16/24 = 66.67 %
//   axis B: B1 and B2 N/A with a reason            -> sans objet, completion 100 %
//   axis C: C1 unanswered                           -> non évaluée, completion 0 %
//   axis D: no applicable criterion                 -> sans objet, completion null
//   overall: 16/24 = 66.67 % ; completion 5/6 = 83.33 %
//   binding: A1 (4, met), A3 (1, gap), B2 (N/A with reason, met) -> non conforme, 1 gap
const criteria = [
  crit("A1", "A", 3, "opposable"),
  crit("A2", "A", 1),
  crit("A3", "A", 2, "opposable"),
  crit("B1", "B", 2),
  crit("B2", "B", 2, "opposable"),
  crit("C1", "C", 1),
];
const answers: Answer[] = [
  { criterionId: "A1", level: 4 },
  { criterionId: "A2", level: 2 },
  { criterionId: "A3", level: 1 },
  { criterionId: "B1", level: "na", naReason: "Pas de messagerie" },
  { criterionId: "B2", level: "na", naReason: "Aucune donnée d'élève" },
];

describe("scoreAssessment : exemple calculé à la main", () => {
  const score = scoreAssessment(criteria, answers, { axes: ["A", "B", "C", "D"] });
  const axis = (id: string) => score.axes.find((a) => a.axis === id)!;

  it("maturité d'axe = moyenne pondérée des niveaux / 4, avec numérateur et dénominateur", () => {
    expect(axis("A")).toMatchObject({ points: 16, maxPoints: 24, evaluated: 3, maturityState: "evaluee" });
    expect(axis("A").maturity).toBeCloseTo((16 / 24) * 100, 10);
    expect(formatPercent(axis("A").maturity)).toBe(`67${PERCENT_SPACE}%`);
  });

  it("N/A hors des deux sommes : un axe tout en N/A est « sans objet », pas 0 % ni 100 %", () => {
    expect(axis("B")).toMatchObject({
      maturity: null,
      maturityState: "sans-objet",
      notApplicable: 2,
      points: 0,
      maxPoints: 0,
      completion: 100,
    });
  });

  it("un axe sans réponse est « non évalué » et un axe sans critère applicable est « sans objet »", () => {
    expect(axis("C")).toMatchObject({ maturity: null, maturityState: "non-evaluee", completion: 0, unanswered: 1 });
    expect(axis("D")).toMatchObject({ applicable: 0, maturity: null, maturityState: "sans-objet", completion: null });
  });

  it("maturité et complétude globales", () => {
    expect(score.overall).toMatchObject({ applicable: 6, answered: 5, evaluated: 3, notApplicable: 2, unanswered: 1 });
    expect(score.overall.maturity).toBeCloseTo(66.6667, 3);
    expect(score.overall.completion).toBeCloseTo((5 / 6) * 100, 10);
  });

  it("conformité : écart sur un critère opposable sous le niveau 3", () => {
    expect(score.conformity).toMatchObject({ status: "non-conforme", conforms: false, binding: 3, met: 2, missing: [] });
    expect(score.conformity.gaps).toEqual([{ criterionId: "A3", title: "Critère A3", axis: "A", level: 1 }]);
    expect(axis("A").gaps).toHaveLength(1);
    expect(axis("B").gaps).toHaveLength(0);
  });

  it("trace chaque critère", () => {
    expect(score.lines.find((l) => l.id === "A1")).toMatchObject({ state: "evalue", level: 4, points: 12, maxPoints: 12 });
    expect(score.lines.find((l) => l.id === "B1")).toMatchObject({ state: "non-applicable", naReason: "Pas de messagerie" });
    expect(score.lines.find((l) => l.id === "C1")).toMatchObject({ state: "non-repondu", level: null, points: 0 });
  });
});

describe("scoreAssessment : règles", () => {
  it("la maturité globale pondère les critères, ce n'est pas la moyenne des axes", () => {
    const s = scoreAssessment(
      [crit("X1", "X", 1), crit("Y1", "Y", 3), crit("Y2", "Y", 3), crit("Y3", "Y", 3)],
      [
        { criterionId: "X1", level: 4 },
        { criterionId: "Y1", level: 0 },
        { criterionId: "Y2", level: 0 },
        { criterionId: "Y3", level: 0 },
      ],
    );
    expect(s.axes.map((a) => a.maturity)).toEqual([100, 0]);
    expect(s.overall.maturity).toBe(10); // 4 / (4 + 36), not 50
  });

  it("un critère non répondu compte comme incomplet, pas comme 0", () => {
    const s = scoreAssessment([crit("X1", "X", 1), crit("X2", "X", 1)], [{ criterionId: "X1", level: 4 }]);
    expect(s.axes[0]!.maturity).toBe(100);
    expect(s.axes[0]!.completion).toBe(50);
    const zero = scoreAssessment(
      [crit("X1", "X", 1), crit("X2", "X", 1)],
      [
        { criterionId: "X1", level: 4 },
        { criterionId: "X2", level: 0 },
      ],
    );
    expect(zero.axes[0]!.maturity).toBe(50);
  });

  it("opposable sans réponse : statut « incomplet » (s'il n'y a pas d'écart)", () => {
    const s = scoreAssessment(
      [crit("X1", "X", 2, "opposable"), crit("X2", "X", 2, "opposable")],
      [{ criterionId: "X1", level: 3 }],
    );
    expect(s.conformity).toMatchObject({ status: "incomplet", conforms: false, met: 1, gaps: [] });
    expect(s.conformity.missing.map((m) => m.criterionId)).toEqual(["X2"]);
  });

  it("un écart l'emporte sur l'incomplétude", () => {
    const s = scoreAssessment(
      [crit("X1", "X", 2, "opposable"), crit("X2", "X", 2, "opposable")],
      [{ criterionId: "X1", level: 2 }],
    );
    expect(s.conformity.status).toBe("non-conforme");
  });

  it("N/A sans motif (ou motif blanc) sur un critère opposable est un écart", () => {
    for (const naReason of [undefined, null, "", "   "]) {
      const s = scoreAssessment([crit("X1", "X", 2, "opposable")], [{ criterionId: "X1", level: "na", naReason }]);
      expect(s.conformity.status).toBe("non-conforme");
      expect(s.conformity.gaps).toEqual([{ criterionId: "X1", title: "Critère X1", axis: "X", level: "na" }]);
      expect(s.axes[0]!.completion).toBe(100); // answered, even if the answer is not acceptable
    }
  });

  it("conforme quand tous les opposables sont à 3 ou plus, quels que soient les recommandés", () => {
    const s = scoreAssessment(
      [crit("X1", "X", 3, "opposable"), crit("X2", "X", 1), crit("Y1", "Y", 2, "opposable")],
      [
        { criterionId: "X1", level: 3 },
        { criterionId: "X2", level: 0 },
        { criterionId: "Y1", level: 4 },
      ],
    );
    expect(s.conformity).toMatchObject({ status: "conforme", conforms: true, binding: 2, met: 2 });
    expect(s.overall.maturity).toBeCloseTo(((9 + 0 + 8) / 24) * 100, 10);
  });

  it("ignore (et signale) les réponses à des critères non applicables", () => {
    const s = scoreAssessment([crit("X1", "X", 1)], [
      { criterionId: "X1", level: 2 },
      { criterionId: "Z9", level: 4 },
    ]);
    expect(s.ignoredAnswers).toEqual(["Z9"]);
    expect(s.overall.maturity).toBe(50);
  });

  it("refuse les données incohérentes", () => {
    expect(() =>
      scoreAssessment([crit("X1", "X", 1)], [
        { criterionId: "X1", level: 2 },
        { criterionId: "X1", level: 3 },
      ]),
    ).toThrow(ScoringInputError);
    expect(() => scoreAssessment([crit("X1", "X", 1)], [{ criterionId: "X1", level: 5 as never }])).toThrow(/niveau invalide/);
    expect(() => scoreAssessment([crit("X1", "X", 1), crit("X1", "X", 1)], [])).toThrow(ScoringInputError);
    expect(() => scoreAssessment([crit("X1", "X", 0)], [])).toThrow(/poids invalide/);
  });

  it("fonctionne sur la grille réelle et un profil réel", () => {
    const grid = loadGrid(path.join(process.cwd(), "criteria", "2025.1"));
    const applicable = applicableCriteria(grid, makeProfile("ent", ["eleves", "authentification", "messagerie"]));
    const all3 = applicable.map((c) => ({ criterionId: c.id, level: 3 as const }));
    const s = scoreAssessment(applicable, all3, { axes: grid.axes.map((a) => a.id) });
    expect(s.axes.map((a) => a.axis)).toEqual(["INT", "SEC", "NR", "SOC"]);
    for (const a of s.axes) expect(a.maturity).toBe(75);
    expect(s.conformity.status).toBe("conforme");
    expect(s.overall.completion).toBe(100);
  });
});

describe("formatPercent et libellés", () => {
  it("arrondit et utilise une espace insécable normale, jamais U+202F", () => {
    expect(formatPercent(66.6666)).toBe("67\u00a0%");
    expect(formatPercent(12.5)).toBe("13\u00a0%");
    expect(formatPercent(0)).toBe("0\u00a0%");
    expect(formatPercent(100)).toBe("100\u00a0%");
    expect(formatPercent(66.66, { decimals: 1 })).toBe("66,7\u00a0%");
    expect(formatPercent(-0.2)).toBe("0\u00a0%");
    for (const v of [0, 33.3, 66.7, 100]) expect(formatPercent(v)).not.toContain("\u202f");
  });

  it("affiche « sans objet » pour une valeur absente", () => {
    expect(formatPercent(null)).toBe("sans objet");
    expect(formatPercent(null, { nullLabel: "—" })).toBe("—");
  });

  it("donne le libellé de la tranche de maturité", () => {
    expect(MATURITY_BANDS.map((b) => b.min)).toEqual([0, 25, 50, 75]);
    expect(maturityLabel(0)).toBe("Émergente");
    expect(maturityLabel(24.99)).toBe("Émergente");
    expect(maturityLabel(25)).toBe("En construction");
    expect(maturityLabel(74.9)).toBe("Intermédiaire");
    expect(maturityLabel(75)).toBe("Avancée");
    expect(maturityLabel(100)).toBe("Avancée");
    expect(maturityLabel(null)).toBe("Sans objet");
    expect(maturityLabel(null, "non-evaluee")).toBe("Non évaluée");
  });
});
