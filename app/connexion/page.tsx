import type { Metadata } from "next";
import { Alert } from "@codegouvfr/react-dsfr/Alert";

export const metadata: Metadata = { title: "Se connecter" };

export default function ConnexionPage() {
  return (
    <>
      <h1>Se connecter</h1>
      <Alert
        severity="info"
        title="Ouverture des comptes en préparation"
        description="Les espaces éditeur et chef d'établissement, avec connexion par adresse électronique ou par ProConnect, ouvrent dans une prochaine version. La grille, la méthode et le contexte territorial restent consultables sans compte."
      />
    </>
  );
}
