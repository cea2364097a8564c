import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { auth, oidcButton } from "@/auth";
import { safeNext } from "@/app/_auth/guard";
import { SignInForm } from "./SignInForm";
import { signInWithProviderAction } from "./actions";

export const metadata: Metadata = { title: "Se connecter" };

/** Errors Auth.js sends back here (?error=…), told in French without detail. */
const ERRORS: Record<string, string> = {
  CredentialsSignin: "Adresse électronique ou mot de passe incorrect.",
  OAuthAccountNotLinked: "Cette adresse électronique est déjà liée à un autre compte. Connectez-vous avec votre mot de passe.",
  AccessDenied: "La connexion a été refusée.",
  "oidc-sans-courriel": "Le fournisseur d'identité n'a pas transmis d'adresse électronique : la connexion est impossible.",
};

export default async function ConnexionPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const next = safeNext(params.suite ?? params.callbackUrl);
  const session = await auth();
  if (session?.user?.id) redirect(next);
  const errorKey = String(params.erreur ?? params.error ?? "");
  const initialError = errorKey ? (ERRORS[errorKey] ?? "La connexion a échoué. Réessayez.") : undefined;
  const provider = oidcButton();
  return (
    <div className="fr-grid-row fr-grid-row--center">
      <div className="fr-col-12 fr-col-md-8 fr-col-lg-6">
        <h1>Se connecter</h1>
        <p>Connectez-vous pour positionner les services de votre organisation ou suivre ceux de votre établissement.</p>
        {provider && (
          <section aria-labelledby="titre-fournisseur" className="fr-mb-4w">
            <h2 id="titre-fournisseur" className="fr-h4">
              Avec {provider.name}
            </h2>
            <form action={signInWithProviderAction}>
              <input type="hidden" name="suite" value={next} />
              <Button type="submit">
                {`Se connecter avec ${provider.name}`}
              </Button>
            </form>
            <p className="fr-hr-or fr-mt-4w">ou</p>
          </section>
        )}
        <section aria-labelledby="titre-courriel">
          <h2 id="titre-courriel" className="fr-h4">
            Avec une adresse électronique et un mot de passe
          </h2>
          <SignInForm next={next} initialError={initialError} />
        </section>
        <hr className="fr-mt-4w" />
        <h2 className="fr-h5">Pas encore de compte ?</h2>
        <p>
          <Link href="/inscription">Créer un compte</Link>. Si une organisation vous a invité, ouvrez plutôt le lien d&apos;invitation
          reçu.
        </p>
        {!provider && (
          <Alert
            small
            severity="info"
            description="La connexion par ProConnect n'est pas configurée sur cette instance."
            className="fr-mt-2w"
          />
        )}
      </div>
    </div>
  );
}
