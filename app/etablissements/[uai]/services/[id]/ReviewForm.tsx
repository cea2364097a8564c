"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useForm, type FieldErrors, type UseFormRegister } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { COMMENT_MAX, DECISIONS, DECISION_HINTS, DECISION_LABELS, dayParts, reviewFormSchema, todayInFrance, type DayParts, type ReviewFormValues, type ReviewInput } from "@/lib/schools/input";
import { ServerMessage } from "@/app/_auth/Field";
import { recordReviewAction } from "../../actions";

/** The head's decision on one service: the same schema checks it here and on the server. */
export function ReviewForm({
  uai,
  schoolServiceId,
  publicationNumber,
  serviceName,
  initial,
}: {
  uai: string;
  schoolServiceId: string;
  /** the publication shown on the page (null: service not positioned on the platform) */
  publicationNumber: number | null;
  serviceName: string;
  /** the decision in force (the form starts from it, and shows what was saved after a save) */
  initial: { decision: ReviewFormValues["decision"] | null; comment: string; nextReviewOn: string | null };
}) {
  const router = useRouter();
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  const [pending, start] = useTransition();
  const { register, handleSubmit, reset, formState: { errors } } = useForm<ReviewFormValues, unknown, ReviewInput>({
    resolver: zodResolver(reviewFormSchema),
    defaultValues: {
      schoolServiceId,
      decision: (initial.decision ?? undefined) as ReviewFormValues["decision"],
      comment: initial.comment,
      nextReview: dayParts(initial.nextReviewOn && initial.nextReviewOn >= todayInFrance() ? initial.nextReviewOn : ""),
      publicationNumber,
    },
  });
  const onSubmit = (values: ReviewInput) =>
    start(async () => {
      const r = await recordReviewAction(uai, { ...values, schoolServiceId, publicationNumber });
      setResult({ ok: r.ok, message: r.message ?? (r.ok ? "Décision enregistrée." : "Enregistrement impossible.") });
      if (r.ok) {
        // The form now shows the decision in force: the one just saved (or found identical).
        reset({ schoolServiceId, decision: values.decision, comment: values.comment, nextReview: dayParts(values.nextReviewOn), publicationNumber });
        router.refresh();
      }
    });
  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate aria-labelledby="titre-decision">
      <ServerMessage message={result?.message || null} severity={result?.ok ? "success" : "error"} />
      <RadioButtons
        legend={`Décision pour ${serviceName}`}
        state={errors.decision ? "error" : "default"}
        stateRelatedMessage={errors.decision?.message}
        options={DECISIONS.map((d) => ({ label: DECISION_LABELS[d], hintText: DECISION_HINTS[d], nativeInputProps: { ...register("decision"), value: d } }))}
      />
      <Input
        label="Commentaire (facultatif)"
        hintText={`Ce qui motive la décision, ce qui est demandé à l'éditeur… ${COMMENT_MAX} caractères au plus.`}
        textArea
        state={errors.comment ? "error" : "default"}
        stateRelatedMessage={errors.comment?.message}
        nativeTextAreaProps={{ ...register("comment"), rows: 4 }}
      />
      <NextReviewFields register={register} errors={errors.nextReview} />
      <Button type="submit" disabled={pending}>
        {pending ? "Enregistrement…" : "Enregistrer la décision"}
      </Button>
    </form>
  );
}

const FIELDS: readonly { key: keyof DayParts; label: string; hint: string; className: string }[] = [
  { key: "day", label: "Jour", hint: "Entre 1 et 31", className: "fr-fieldset__element--number" },
  { key: "month", label: "Mois", hint: "Entre 1 et 12", className: "fr-fieldset__element--number" },
  { key: "year", label: "Année", hint: "Quatre chiffres", className: "fr-fieldset__element--year" },
];

/**
 * The next review date in three fields, the DSFR "date" block: every browser shows them the same
 * way, so the hint is true everywhere (a native date field shows mm/dd/yyyy in an English browser).
 * One message for the group; the field it is about (if only one) is marked too.
 */
function NextReviewFields({ register, errors }: { register: UseFormRegister<ReviewFormValues>; errors: FieldErrors<ReviewFormValues>["nextReview"] }) {
  const message = errors?.message ?? errors?.day?.message ?? errors?.month?.message ?? errors?.year?.message;
  const example = dayParts(todayInFrance());
  return (
    <fieldset className={`fr-fieldset${message ? " fr-fieldset--error" : ""}`} role="group" aria-labelledby="prochaine-revue-legende prochaine-revue-messages">
      <legend className="fr-fieldset__legend fr-fieldset__legend--regular" id="prochaine-revue-legende">
        Date de la prochaine revue (facultatif)
        <span className="fr-hint-text">
          Par exemple : {example.day} {example.month} {Number(example.year) + 1}. Laissez les trois champs vides s&apos;il n&apos;y a pas de revue prévue.
        </span>
      </legend>
      {FIELDS.map((f) => {
        const invalid = Boolean(errors?.message || errors?.[f.key]);
        return (
          <div key={f.key} className={`fr-fieldset__element fr-fieldset__element--inline ${f.className}`}>
            <div className={`fr-input-group${invalid ? " fr-input-group--error" : ""}`}>
              <label className="fr-label" htmlFor={`prochaine-revue-${f.key}`}>
                {f.label}
                <span className="fr-hint-text">{f.hint}</span>
              </label>
              <input
                className={`fr-input${invalid ? " fr-input--error" : ""}`}
                id={`prochaine-revue-${f.key}`}
                type="text"
                inputMode="numeric"
                autoComplete="off"
                aria-invalid={invalid || undefined}
                aria-describedby="prochaine-revue-messages"
                {...register(`nextReview.${f.key}`)}
              />
            </div>
          </div>
        );
      })}
      <div className="fr-messages-group" id="prochaine-revue-messages" aria-live="polite">
        {message && <p className="fr-message fr-message--error">{message}</p>}
      </div>
    </fieldset>
  );
}
