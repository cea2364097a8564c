/** The states of a service's positioning and their French labels (pure: pages, tests and help share them). */
export type PublicationState = "brouillon" | "publiee" | "modifiee";

export const PUBLICATION_STATE_LABELS: Record<PublicationState, string> = {
  brouillon: "Brouillon",
  publiee: "Publiée",
  modifiee: "Modifiée depuis la publication",
};
