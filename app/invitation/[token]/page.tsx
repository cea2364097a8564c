import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { currentActor } from "@/auth";
import { getDb } from "@/db/client";
import { can } from "@/lib/authz";
import { findInvitation } from "@/lib/accounts";
import { ActionForm } from "@/app/_auth/ActionForm";
import { NewAccountForm } from "./NewAccountForm";
import { acceptInvitationAction } from "./actions";

export const metadata: Metadata = { title: "Invitation", referrer: "no-referrer" };

const ROLE = { owner: "propriétaire", member: "membre" } as Record<string, string>;

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) notFound();
  const inv = await findInvitation(getDb(), token);
  if (!inv) notFound();
  if (inv.state !== "valid") {
    return (
      <>
        <h1>Invitation</h1>
        <Alert
          severity="warning"
          title="Ce lien d'invitation n'est plus valable"
          description="Il a déjà servi, a été annulé ou a expiré. Demandez une nouvelle invitation au propriétaire de l'organisation."
        />
      </>
    );
  }
  const actor = await currentActor();
  const decision = can(actor, "invitation.accept", { type: "invitation", email: inv.email });
  return (
    <>
      <h1>Invitation à rejoindre {inv.organisationName}</h1>
      <p>
        Cette invitation est adressée à <strong>{inv.email}</strong>, avec le rôle de {ROLE[inv.role] ?? inv.role}.
      </p>
      {actor.kind === "user" ? (
        decision.allowed ? (
          <ActionForm action={acceptInvitationAction} fields={{ token }} label="Rejoindre l'organisation" priority="primary" size="medium" />
        ) : (
          <Alert severity="error" title="Invitation destinée à un autre compte" description={decision.allowed ? "" : decision.message} />
        )
      ) : (
        <>
          <h2 id="titre-nouveau-compte">Créer votre compte</h2>
          <NewAccountForm token={token} email={inv.email} />
          <p className="fr-mt-4w">
            Vous avez déjà un compte avec cette adresse ? <Link href={`/connexion?suite=${encodeURIComponent(`/invitation/${token}`)}`}>Connectez-vous</Link>,
            puis rejoignez l&apos;organisation.
          </p>
        </>
      )}
    </>
  );
}
