"use client";
import { useEffect, useRef, useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { PasswordInput } from "@codegouvfr/react-dsfr/blocks/PasswordInput";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { signInSchema } from "@/lib/auth/schemas";
import { signInAction } from "./actions";

type Values = z.input<typeof signInSchema>;

export function SignInForm({ next, initialError }: { next: string; initialError?: string }) {
  const [serverError, setServerError] = useState<string | null>(initialError ?? null);
  const [pending, start] = useTransition();
  const alertRef = useRef<HTMLDivElement>(null);
  const { register, handleSubmit, formState: { errors } } = useForm<Values>({ resolver: zodResolver(signInSchema) });
  useEffect(() => {
    if (serverError) alertRef.current?.focus();
  }, [serverError]);
  const onSubmit = (values: Values) =>
    start(async () => {
      setServerError(null);
      const r = await signInAction(values, next);
      if (r && !r.ok) setServerError(r.message ?? "La connexion a échoué.");
    });
  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate aria-label="Connexion par adresse électronique">
      <div ref={alertRef} tabIndex={-1}>
        {serverError && <Alert severity="error" small description={serverError} className="fr-mb-3w" />}
      </div>
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
        messages={errors.password ? [{ message: errors.password.message ?? "", severity: "error" }] : []}
        nativeInputProps={{ autoComplete: "current-password", ...register("password") }}
      />
      <Button type="submit" disabled={pending} className="fr-mt-2w">
        {pending ? "Connexion…" : "Se connecter"}
      </Button>
    </form>
  );
}
