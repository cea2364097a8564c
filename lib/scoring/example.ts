/**
 * The worked example of the « Méthode » page. The page computes it with the real engine at
 * render time, so the explanation can never disagree with the code; a test reads the page.
 */
import type { Answer, ScoredCriterion } from "./index";

export const EXAMPLE_AXIS = "EX";

export const exampleCriteria: ScoredCriterion[] = [
  { id: "EX-01", axis: EXAMPLE_AXIS, title: "Authentification par ÉduConnect", poids: 3, force: "opposable" },
  { id: "EX-02", axis: EXAMPLE_AXIS, title: "Export des données dans un format ouvert", poids: 2, force: "recommande" },
  { id: "EX-03", axis: EXAMPLE_AXIS, title: "Application mobile accessible", poids: 1, force: "recommande" },
  { id: "EX-04", axis: EXAMPLE_AXIS, title: "Contrat de sous-traitance RGPD", poids: 2, force: "opposable" },
  { id: "EX-05", axis: EXAMPLE_AXIS, title: "Mesure de l'empreinte environnementale", poids: 1, force: "recommande" },
];

export const exampleAnswers: Answer[] = [
  { criterionId: "EX-01", level: 3 },
  { criterionId: "EX-02", level: 2 },
  { criterionId: "EX-03", level: "na", naReason: "Le service n'a pas d'application mobile." },
  { criterionId: "EX-04", level: 1 },
  // EX-05 not answered yet
];
