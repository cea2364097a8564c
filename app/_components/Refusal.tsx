import Link from "next/link";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { ContactLink } from "./Contact";

/**
 * A page the policy refuses to this user (403): what is refused, and where to ask. The message
 * comes from lib/authz.ts; the address from CONTACT_EMAIL.
 */
export function Refusal({ message, title = "Accès refusé" }: { message: string; title?: string }) {
  return (
    <>
      <h1>{title}</h1>
      <Alert severity="error" title="Vous n'avez pas accès à cette page" description={message} className="fr-mb-4w" />
      <p>
        Si vous pensez devoir y accéder, écrivez à <ContactLink subject="Accès refusé" /> en indiquant l&apos;adresse de la page et
        votre rôle. L&apos;<Link href="/aide">aide</Link> explique qui peut faire quoi.
      </p>
    </>
  );
}
