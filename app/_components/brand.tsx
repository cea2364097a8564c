/** The État block ("bloc-marque") of the header and the footer. */
export const BRAND_TOP = (
  <>
    Ministère
    <br />
    de l&apos;Éducation
    <br />
    nationale
  </>
);
