"use client";
import { useMemo, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/SelectNext";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { serviceInputSchema, type ServiceFormValues, type ServiceInput } from "@/lib/assessment/service-input";
import { CATEGORY_LABELS, FLAG_GROUPS, FLAG_LABELS, SERVICE_CATEGORIES, isApplicable, serviceProfileSchema } from "@/lib/grid/profile";
import type { Applicability } from "@/lib/grid/schema";
import { createServiceAction, updateServiceAction } from "./actions";

type CriterionApplicability = { id: string; title: string; applicabilite: Applicability };

export function ServiceForm({
  mode,
  organisationId,
  serviceId,
  initial,
  criteria,
}: {
  mode: "create" | "edit";
  organisationId?: string;
  serviceId?: string;
  initial: ServiceFormValues;
  /** the grid's criteria with their applicability, to show what a profile change adds or removes */
  criteria: CriterionApplicability[];
}) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [serverError, setServerError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<ServiceInput | null>(null);
  const form = useForm<ServiceFormValues, unknown, ServiceInput>({ resolver: zodResolver(serviceInputSchema), defaultValues: initial });
  const { register, handleSubmit, formState: { errors }, control } = form;
  const category = useWatch({ control, name: "category" });
  const flags = useWatch({ control, name: "flags" });

  const applicable = (values: { category: ServiceFormValues["category"]; flags?: ServiceFormValues["flags"] }) => {
    const p = serviceProfileSchema.safeParse({ category: values.category, flags: values.flags ?? {} });
    return p.success ? new Set(criteria.filter((c) => isApplicable(c.applicabilite, p.data)).map((c) => c.id)) : new Set<string>();
  };
  const before = useMemo(() => applicable(initial), [initial]); // eslint-disable-line react-hooks/exhaustive-deps
  const now = applicable({ category, flags });
  const added = criteria.filter((c) => now.has(c.id) && !before.has(c.id));
  const removed = criteria.filter((c) => before.has(c.id) && !now.has(c.id));

  const send = (values: ServiceInput) =>
    start(async () => {
      setServerError(null);
      const r = mode === "create" ? await createServiceAction(organisationId, values) : await updateServiceAction(serviceId, values);
      if (!r.ok) {
        setServerError(r.message ?? "Enregistrement impossible.");
        return;
      }
      const id = mode === "create" ? r.data?.id : serviceId;
      router.push(mode === "create" ? `/mes-services/${id}/positionnement` : `/mes-services/${id}`);
      router.refresh();
    });

  const onSubmit = (values: ServiceInput) => {
    if (mode === "edit" && (added.length > 0 || removed.length > 0) && !confirming) {
      setConfirming(values);
      return;
    }
    send(values);
  };

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate>
      {serverError && <Alert severity="error" small description={serverError} className="fr-mb-3w" />}
      <Input
        label="Nom du service"
        state={errors.name ? "error" : "default"}
        stateRelatedMessage={errors.name?.message}
        nativeInputProps={{ ...register("name"), autoComplete: "off" }}
      />
      <Input
        label="Description"
        hintText="Ce que fait le service, pour qui (facultatif)"
        textArea
        state={errors.description ? "error" : "default"}
        stateRelatedMessage={errors.description?.message}
        nativeTextAreaProps={{ ...register("description"), rows: 3 }}
      />
      <Input
        label="Adresse du service"
        hintText="Format attendu : https://exemple.fr (facultatif)"
        state={errors.url ? "error" : "default"}
        stateRelatedMessage={errors.url?.message}
        nativeInputProps={{ ...register("url"), type: "url", inputMode: "url", autoComplete: "url" }}
      />
      <Select
        label="Catégorie"
        state={errors.category ? "error" : "default"}
        stateRelatedMessage={errors.category?.message}
        nativeSelectProps={{ ...register("category") }}
        options={SERVICE_CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABELS[c] }))}
      />
      <fieldset className="fr-fieldset fr-mt-3w">
        <legend className="fr-fieldset__legend">Profil du service : cochez ce qui est vrai, le profil décide des critères applicables</legend>
        {FLAG_GROUPS.map((group) => (
          <div className="fr-fieldset__element" key={group.label}>
            <Checkbox
              legend={group.label}
              options={group.flags.map((flag) => ({ label: FLAG_LABELS[flag], nativeInputProps: { ...register(`flags.${flag}`) } }))}
            />
          </div>
        ))}
      </fieldset>
      <p role="status" className="fr-text--sm">
        {now.size} critère{now.size > 1 ? "s" : ""} de la grille s&apos;applique{now.size > 1 ? "nt" : ""} à ce profil.
      </p>
      {confirming && (
        <Alert
          severity="warning"
          className="fr-mb-3w"
          title="Ce changement de profil modifie les critères applicables"
          description={
            <>
              {added.length > 0 && (
                <>
                  <p>Critères qui s&apos;ajoutent :</p>
                  <ul>{added.map((c) => <li key={c.id}>{c.id} — {c.title}</li>)}</ul>
                </>
              )}
              {removed.length > 0 && (
                <>
                  <p>Critères qui ne s&apos;appliquent plus (leurs réponses sont conservées) :</p>
                  <ul>{removed.map((c) => <li key={c.id}>{c.id} — {c.title}</li>)}</ul>
                </>
              )}
              <p>Confirmez pour enregistrer.</p>
            </>
          }
        />
      )}
      <ul className="fr-btns-group fr-btns-group--inline-md">
        <li>
          <Button type="submit" disabled={pending}>
            {pending ? "Enregistrement…" : confirming ? "Confirmer le changement de profil" : mode === "create" ? "Créer le service" : "Enregistrer"}
          </Button>
        </li>
        {confirming && (
          <li>
            <Button type="button" priority="secondary" onClick={() => setConfirming(null)}>
              Revenir au formulaire
            </Button>
          </li>
        )}
      </ul>
    </form>
  );
}
