/**
 * The words of an archived service (pure: pages, client components and tests import them). The
 * database side is lib/assessment/archive.ts.
 */
import { formatDate } from "../format";

/** What a write of an archived service's draft answers (409): the form, the profile, publish, revert. */
export const ARCHIVED_DRAFT_MESSAGE =
  "Ce service est archivé : son positionnement ne peut plus être modifié ni publié. Restaurez-le depuis « Mes services » pour le modifier de nouveau.";

/** The label of the state, for editors (badge in "Mes services" and on the service's page). */
export const ARCHIVED_LABEL = "Archivé";
/** The label heads read (school table, school service page, help page). */
export const ARCHIVED_BY_EDITOR_LABEL = "Archivé par l'éditeur";

/** "Service archivé par son éditeur le 3 mars 2026": the banner of the public pages. */
export const archivedBanner = (archivedAt: Date) => `Service archivé par son éditeur le ${formatDate(archivedAt)}`;
