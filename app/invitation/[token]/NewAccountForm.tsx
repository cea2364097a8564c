"use client";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { z } from "zod";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { PasswordInput } from "@codegouvfr/react-dsfr/blocks/PasswordInput";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { nameField, newPasswordField, PASSWORD_MIN_LENGTH } from "@/lib/auth/schemas";
import { ServerMessage } from "@/app/_auth/Field";
import { acceptWithNewAccountAction } from "./actions";

const schema = z.object({ name: nameField, password: newPasswordField });
type Values = z.input<typeof schema>;

export function NewAccountForm({ token, email }: { token: string; email: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const { register, handleSubmit, formState: { errors } } = useForm<Values>({ resolver: zodResolver(schema) });
  const onSubmit = (values: Values) =>
    start(async () => {
      setError(null);
      const r = await acceptWithNewAccountAction({ ...values, token });
      if (r && !r.ok) setError(r.message ?? "La création du compte a échoué.");
    });
  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate aria-labelledby="titre-nouveau-compte">
      <ServerMessage message={error} />
      <Input label="Adresse électronique" hintText="L'adresse à laquelle l'invitation est adressée." disabled nativeInputProps={{ value: email, readOnly: true }} />
      <Input label="Prénom et nom" state={errors.name ? "error" : "default"} stateRelatedMessage={errors.name?.message} nativeInputProps={{ autoComplete: "name", ...register("name") }} />
      <PasswordInput
        label="Mot de passe"
        messagesHint=""
        hintText={`${PASSWORD_MIN_LENGTH} caractères au moins.`}
        messages={errors.password ? [{ message: errors.password.message ?? "", severity: "error" }] : []}
        nativeInputProps={{ autoComplete: "new-password", ...register("password") }}
      />
      <Button type="submit" disabled={pending} className="fr-mt-2w">
        Créer mon compte et rejoindre l&apos;organisation
      </Button>
    </form>
  );
}
