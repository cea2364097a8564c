"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { COMMENT_MAX, DECISIONS, DECISION_HINTS, DECISION_LABELS, reviewInputSchema, todayInFrance, type ReviewFormValues, type ReviewInput } from "@/lib/schools/input";
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
    resolver: zodResolver(reviewInputSchema),
    defaultValues: {
      schoolServiceId,
      decision: (initial.decision ?? undefined) as ReviewFormValues["decision"],
      comment: initial.comment,
      nextReviewOn: initial.nextReviewOn && initial.nextReviewOn >= todayInFrance() ? initial.nextReviewOn : "",
      publicationNumber,
    },
  });
  const onSubmit = (values: ReviewInput) =>
    start(async () => {
      const r = await recordReviewAction(uai, { ...values, schoolServiceId, publicationNumber });
      setResult({ ok: r.ok, message: r.message ?? (r.ok ? "Décision enregistrée." : "Enregistrement impossible.") });
      if (r.ok) {
        // The form now shows the decision in force: the one just saved (or found identical).
        reset({ schoolServiceId, decision: values.decision, comment: values.comment, nextReviewOn: values.nextReviewOn, publicationNumber });
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
      <Input
        label="Date de la prochaine revue (facultatif)"
        hintText="Format attendu : jj/mm/aaaa"
        state={errors.nextReviewOn ? "error" : "default"}
        stateRelatedMessage={errors.nextReviewOn?.message}
        nativeInputProps={{ ...register("nextReviewOn"), type: "date", min: todayInFrance() }}
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Enregistrement…" : "Enregistrer la décision"}
      </Button>
    </form>
  );
}
