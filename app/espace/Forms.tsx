"use client";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { claimSchoolSchema, createOrganisationSchema } from "@/lib/auth/schemas";
import { ServerMessage } from "@/app/_auth/Field";
import { claimSchoolAction, createOrganisationAction } from "./actions";

type OrgValues = z.input<typeof createOrganisationSchema>;

export function CreateOrganisationForm() {
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  const [pending, start] = useTransition();
  const { register, handleSubmit, reset, setError, formState: { errors } } = useForm<OrgValues>({ resolver: zodResolver(createOrganisationSchema) });
  const onSubmit = (values: OrgValues) =>
    start(async () => {
      const r = await createOrganisationAction(values);
      setResult({ ok: r.ok, message: r.message ?? "" });
      if (r.ok) reset();
      else if (r.fieldErrors?.siren) setError("siren", { message: r.fieldErrors.siren });
    });
  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate aria-labelledby="titre-creer-organisation">
      <ServerMessage message={result?.message || null} severity={result?.ok ? "success" : "error"} />
      <Input
        label="Nom de l'organisation"
        state={errors.name ? "error" : "default"}
        stateRelatedMessage={errors.name?.message}
        nativeInputProps={{ autoComplete: "organization", ...register("name") }}
      />
      <Input
        label="Numéro SIREN"
        hintText="9 chiffres, par exemple 130 025 265"
        state={errors.siren ? "error" : "default"}
        stateRelatedMessage={errors.siren?.message}
        nativeInputProps={{ inputMode: "numeric", autoComplete: "off", ...register("siren") }}
      />
      <Button type="submit" disabled={pending}>
        Créer l&apos;organisation
      </Button>
    </form>
  );
}

type ClaimValues = z.input<typeof claimSchoolSchema>;

export function ClaimSchoolForm() {
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  const [pending, start] = useTransition();
  const { register, handleSubmit, reset, formState: { errors } } = useForm<ClaimValues>({ resolver: zodResolver(claimSchoolSchema) });
  const onSubmit = (values: ClaimValues) =>
    start(async () => {
      const r = await claimSchoolAction(values);
      setResult({ ok: r.ok, message: r.message ?? "" });
      if (r.ok) reset();
    });
  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate aria-labelledby="titre-rattachement">
      <ServerMessage message={result?.message || null} severity={result?.ok ? "success" : "error"} />
      <Input
        label="Numéro UAI de l'établissement"
        hintText="7 chiffres et une lettre, par exemple 0260015A"
        state={errors.uai ? "error" : "default"}
        stateRelatedMessage={errors.uai?.message}
        nativeInputProps={{ autoComplete: "off", spellCheck: false, ...register("uai") }}
      />
      <Input
        label="Nom de l'établissement (facultatif)"
        state={errors.schoolName ? "error" : "default"}
        stateRelatedMessage={errors.schoolName?.message}
        nativeInputProps={register("schoolName")}
      />
      <Input
        label="Message pour l'administrateur (facultatif)"
        hintText="Par exemple : votre fonction et comment vous joindre."
        textArea
        state={errors.message ? "error" : "default"}
        stateRelatedMessage={errors.message?.message}
        nativeTextAreaProps={register("message")}
      />
      <Button type="submit" disabled={pending}>
        Demander le rattachement
      </Button>
    </form>
  );
}
