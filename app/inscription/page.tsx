import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { auth } from "@/auth";
import { SignUpForm } from "./SignUpForm";

export const metadata: Metadata = { title: "Créer un compte" };

export default async function InscriptionPage() {
  const session = await auth();
  if (session?.user?.id) redirect("/espace");
  return (
    <div className="fr-grid-row fr-grid-row--center">
      <div className="fr-col-12 fr-col-md-8 fr-col-lg-6">
        <h1>Créer un compte</h1>
        <p>
          Un compte sert à créer l&apos;organisation d&apos;un éditeur et à positionner ses services, ou à demander le rattachement à un
          établissement en tant que chef d&apos;établissement. Tous les champs sont obligatoires.
        </p>
        <SignUpForm />
        <p className="fr-mt-4w">
          Déjà un compte ? <Link href="/connexion">Se connecter</Link>
        </p>
      </div>
    </div>
  );
}
