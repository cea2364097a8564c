"use client";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { PasswordInput } from "@codegouvfr/react-dsfr/blocks/PasswordInput";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { signUpSchema, PASSWORD_MIN_LENGTH } from "@/lib/auth/schemas";
import { ServerMessage } from "@/app/_auth/Field";
import { signUpAction } from "./actions";

type Values = z.input<typeof signUpSchema>;

export function SignUpForm() {
  const [serverError, setServerError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const { register, handleSubmit, formState: { errors } } = useForm<Values>({ resolver: zodResolver(signUpSchema) });
  const onSubmit = (values: Values) =>
    start(async () => {
      setServerError(null);
      const r = await signUpAction(values);
      if (r && !r.ok) setServerError(r.message ?? "La création du compte a échoué.");
    });
  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate aria-label="Création de compte">
      <ServerMessage message={serverError} />
      <Input
        label="Prénom et nom"
        state={errors.name ? "error" : "default"}
        stateRelatedMessage={errors.name?.message}
        nativeInputProps={{ autoComplete: "name", ...register("name") }}
      />
      <Input
        label="Adresse électronique"
        hintText="Format attendu : nom@domaine.fr"
        state={errors.email ? "error" : "default"}
        stateRelatedMessage={errors.email?.message}
        nativeInputProps={{ type: "email", autoComplete: "email", spellCheck: false, ...register("email") }}
      />
      <PasswordInput
        label="Mot de passe"
        messagesHint=""
        hintText={`${PASSWORD_MIN_LENGTH} caractères au moins. Une phrase de plusieurs mots est plus facile à retenir.`}
        messages={errors.password ? [{ message: errors.password.message ?? "", severity: "error" }] : []}
        nativeInputProps={{ autoComplete: "new-password", ...register("password") }}
      />
      <Button type="submit" disabled={pending} className="fr-mt-2w">
        {pending ? "Création…" : "Créer mon compte"}
      </Button>
    </form>
  );
}
