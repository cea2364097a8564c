/**
 * The state of a service's positioning as editors see it (the state itself is computed by
 * publicationState in ./store). Kept apart from the store, which opens the database and is
 * marked server-only, so that pages' labels can be read anywhere, tests included.
 */
export type PublicationState = "brouillon" | "publiee" | "modifiee";
export const PUBLICATION_STATE_LABELS: Record<PublicationState, string> = {
  brouillon: "Brouillon",
  publiee: "Publiée",
  modifiee: "Modifiée depuis la publication",
};
