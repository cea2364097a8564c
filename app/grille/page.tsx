import type { Metadata } from "next";

export const metadata: Metadata = { title: "La grille de positionnement" };

export default function GrillePage() {
  return (
    <>
      <h1>La grille de positionnement</h1>
      <p>La grille est en cours de chargement dans cette version.</p>
    </>
  );
}
