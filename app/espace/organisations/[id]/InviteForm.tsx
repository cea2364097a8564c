"use client";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { inviteSchema } from "@/lib/auth/schemas";
import { formatLongDateTime } from "@/lib/format";
import { ServerMessage } from "@/app/_auth/Field";
import { inviteAction } from "./actions";

type Values = z.input<typeof inviteSchema>;

export function InviteForm({ organisationId }: { organisationId: string }) {
  const [error, setError] = useState<string | null>(null);
  const [link, setLink] = useState<{ url: string; email: string; expiresAt: string } | null>(null);
  const [copied, setCopied] = useState(false);
  const [pending, start] = useTransition();
  const { register, handleSubmit, reset, formState: { errors } } = useForm<Values>({ resolver: zodResolver(inviteSchema), defaultValues: { role: "member" } });
  const onSubmit = (values: Values) =>
    start(async () => {
      setError(null);
      setCopied(false);
      const r = await inviteAction(organisationId, values);
      if (!r.ok || !r.data) return setError(r.message ?? "L'invitation a échoué.");
      setLink({ url: `${window.location.origin}${r.data.path}`, email: String(values.email).trim().toLowerCase(), expiresAt: r.data.expiresAt });
      reset({ email: "", role: "member" });
    });
  const until = link ? formatLongDateTime(new Date(link.expiresAt)) : "";
  return (
    <>
      <form onSubmit={handleSubmit(onSubmit)} noValidate aria-labelledby="titre-inviter">
        <ServerMessage message={error} />
        <Input
          label="Adresse électronique de la personne invitée"
          state={errors.email ? "error" : "default"}
          stateRelatedMessage={errors.email?.message}
          nativeInputProps={{ type: "email", autoComplete: "off", spellCheck: false, ...register("email") }}
        />
        <Select label="Rôle" state={errors.role ? "error" : "default"} stateRelatedMessage={errors.role?.message} nativeSelectProps={register("role")}>
          <option value="member">Membre : positionne les services</option>
          <option value="owner">Propriétaire : gère aussi les membres</option>
        </Select>
        <Button type="submit" disabled={pending}>
          Créer le lien d&apos;invitation
        </Button>
      </form>
      {link && (
        <div className="fr-mt-3w" role="status">
          <Alert
            severity="success"
            title={`Invitation créée pour ${link.email}`}
            description={`Transmettez-lui ce lien : il ne sert qu'une fois et expire le ${until}. Il ne sera plus affiché ensuite.`}
          />
          <Input label="Lien d'invitation" className="fr-mt-2w" nativeInputProps={{ readOnly: true, value: link.url, onFocus: (e) => e.currentTarget.select() }} />
          <Button
            type="button"
            priority="secondary"
            onClick={async () => {
              await navigator.clipboard?.writeText(link.url).catch(() => undefined);
              setCopied(true);
            }}
          >
            {copied ? "Lien copié" : "Copier le lien"}
          </Button>
        </div>
      )}
    </>
  );
}
