"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { declareServiceSchema, type DeclareServiceFormValues, type DeclareServiceInput } from "@/lib/schools/input";
import { ServerMessage } from "@/app/_auth/Field";
import { declareServiceAction } from "../actions";

/** Declares a service the school uses that its editor has not positioned on the platform. */
export function DeclareServiceForm({ uai }: { uai: string }) {
  const router = useRouter();
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  const [pending, start] = useTransition();
  const { register, handleSubmit, reset, setError, formState: { errors } } = useForm<DeclareServiceFormValues, unknown, DeclareServiceInput>({
    resolver: zodResolver(declareServiceSchema),
    defaultValues: { name: "", editor: "", url: "" },
  });
  const onSubmit = (values: DeclareServiceInput) =>
    start(async () => {
      const r = await declareServiceAction(uai, values);
      setResult({ ok: r.ok, message: r.message ?? (r.ok ? "Service ajouté." : "Enregistrement impossible.") });
      if (r.ok) {
        reset();
        router.refresh();
      } else if (r.fieldErrors?.name) setError("name", { message: r.fieldErrors.name });
    });
  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate aria-labelledby="titre-declarer">
      <ServerMessage message={result?.message || null} severity={result?.ok ? "success" : "error"} />
      <Input
        label="Nom du service"
        state={errors.name ? "error" : "default"}
        stateRelatedMessage={errors.name?.message}
        nativeInputProps={{ ...register("name"), autoComplete: "off" }}
      />
      <Input
        label="Éditeur"
        hintText="L'entreprise ou l'organisme qui fournit le service"
        state={errors.editor ? "error" : "default"}
        stateRelatedMessage={errors.editor?.message}
        nativeInputProps={{ ...register("editor"), autoComplete: "organization" }}
      />
      <Input
        label="Adresse du service (facultatif)"
        hintText="Format attendu : https://exemple.fr"
        state={errors.url ? "error" : "default"}
        stateRelatedMessage={errors.url?.message}
        nativeInputProps={{ ...register("url"), type: "url", inputMode: "url", autoComplete: "url" }}
      />
      <Button type="submit" priority="secondary" disabled={pending}>
        {pending ? "Enregistrement…" : "Déclarer ce service"}
      </Button>
    </form>
  );
}
