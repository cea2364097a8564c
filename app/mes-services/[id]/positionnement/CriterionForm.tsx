"use client";
import { useCallback, useEffect } from "react";
import { useController, useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { answerDraft, answerFormSchema, fromFormValues, toFormValues, type AnswerFormValues } from "@/lib/assessment/answer-form";
import { JUSTIFICATION_MAX, NA_REASON_MAX, type AnswerContentInput } from "@/lib/assessment/answer";
import type { AutosaveStatus } from "@/lib/assessment/autosave";
import { formatTime } from "@/lib/format";
import type { SerializedAnswer } from "../../actions";
import { useAutosave } from "./useAutosave";
import { CharacterCount } from "./CharacterCount";

export type CriterionView = {
  id: string;
  title: string;
  attendu: string;
  niveaux: readonly string[];
  force: "opposable" | "recommande";
  basis: "officiel" | "lecture";
  poids: number;
  aide?: string;
  preuves: readonly string[];
  reference: { document: string; section?: string; url?: string };
};

export type SaveStatus = AutosaveStatus;

const SCALE = ["Non pris en compte", "Initial", "Partiel", "Conforme", "Exemplaire"];

/** "8 h 31", in Europe/Paris: the same on the server and in any browser (no hydration mismatch). */
export const timeLabel = (iso: string) => formatTime(new Date(iso));

/** The name of a criterion's level radios: one radio group per criterion. */
export const levelGroupName = (criterionId: string) => `niveau-${criterionId}`;

function describe(a: AnswerContentInput | null | undefined): string {
  if (!a || a.level === null || a.level === undefined) return "pas de niveau";
  return a.level === "na" ? `non applicable (${a.naReason ?? ""})` : `niveau ${a.level}`;
}

/** One criterion: level, justification, evidence; saved on its own a moment after each change. */
export function CriterionForm({
  serviceId,
  criterion,
  initial,
  onValues,
  onStatus,
}: {
  serviceId: string;
  criterion: CriterionView;
  initial: SerializedAnswer | null;
  onValues: (id: string, values: AnswerContentInput) => void;
  /** `saved`: the answer the server holds for this criterion (the live scores fall back on it). */
  onStatus: (id: string, status: SaveStatus, unsaved: boolean, saved: AnswerContentInput) => void;
}) {
  const form = useForm<AnswerFormValues>({ resolver: zodResolver(answerFormSchema), defaultValues: toFormValues(initial?.content), mode: "onTouched" });
  const {
    register,
    formState: { errors },
    control,
  } = form;
  const { field: levelField } = useController({ control, name: "level" });
  const [level, justification, naReason, evidenceText] = useWatch({ control, name: ["level", "justification", "naReason", "evidenceText"] });
  const report = useCallback((status: SaveStatus, unsaved: boolean, saved: AnswerContentInput) => onStatus(criterion.id, status, unsaved, saved), [criterion.id, onStatus]);
  const autosave = useAutosave({ serviceId, criterionId: criterion.id, initial, onChange: report });
  const { edit, status } = autosave;
  const conflict = autosave.state.conflict;

  // Every change goes to the live scores and to the autosave (which waits for a pause, and never sends an invalid answer).
  useEffect(() => {
    const sub = form.watch((values) => {
      const v = values as AnswerFormValues;
      onValues(criterion.id, fromFormValues(v));
      const draft = answerDraft(v);
      edit(draft.key, draft.answer);
    });
    return () => sub.unsubscribe();
  }, [criterion.id, form, onValues, edit]);

  // Once the autosave says "à corriger", every wrong field says why; when all is right again, the messages go.
  const invalid = status.kind === "invalid";
  useEffect(() => {
    if (invalid) void form.trigger();
  }, [invalid, form]);
  const valid = autosave.state.draft.payload !== null;
  useEffect(() => {
    if (valid && Object.keys(form.formState.errors).length > 0) form.clearErrors();
  }, [valid, form]);

  const keepTheirs = () => {
    autosave.keepTheirs();
    form.reset(toFormValues(conflict?.detail?.content));
    onValues(criterion.id, fromFormValues(form.getValues()));
  };

  const id = criterion.id;
  // Controlled radios named after the criterion (not react-hook-form's field name "level",
  // which every criterion shares): each criterion is its own radio group for the browser.
  const levelInputProps = (value: AnswerFormValues["level"]) => ({
    value,
    checked: levelField.value === value,
    onChange: () => levelField.onChange(value),
    onBlur: levelField.onBlur,
    autoComplete: "off",
  });
  return (
    <article id={`critere-${id}`} className="fr-card fr-card--no-arrow fr-mb-3w" aria-labelledby={`${id}-titre`}>
      <div className="fr-card__body">
        <div className="fr-card__content">
          <h4 id={`${id}-titre`} className="fr-card__title">
            {id} — {criterion.title}
          </h4>
          <ul className="fr-badges-group fr-mt-1w">
            <li>
              <Badge severity={criterion.force === "opposable" ? "error" : undefined} noIcon small>
                {criterion.force === "opposable" ? "Opposable" : "Recommandé"}
              </Badge>
            </li>
            <li>
              <Badge severity={criterion.basis === "officiel" ? "info" : "new"} noIcon small>
                {criterion.basis === "officiel" ? "Texte officiel" : "Lecture de la doctrine"}
              </Badge>
            </li>
            <li>
              <SaveBadge status={status} />
            </li>
          </ul>
          <div className="fr-card__desc">
            <p>
              <strong>Attendu : </strong>
              {criterion.attendu}
            </p>
            {criterion.aide && <p className="fr-text--sm">{criterion.aide}</p>}
            <p className="fr-text--sm">
              Référence : {criterion.reference.document}
              {criterion.reference.section ? `, ${criterion.reference.section}` : ""}
              {criterion.reference.url && (
                <>
                  {" — "}
                  <a href={criterion.reference.url} target="_blank" rel="noopener noreferrer" title={`${criterion.reference.document} (nouvelle fenêtre)`}>
                    source
                  </a>
                </>
              )}
              {" — "}
              <a href={`/grille#${id}`} target="_blank" rel="noopener noreferrer" title={`Critère ${id} dans la grille (nouvelle fenêtre)`}>
                fiche du critère
              </a>
            </p>
            {conflict && (
              <div className="fr-alert fr-alert--warning fr-mb-2w" role="alert">
                <h5 className="fr-alert__title">Ce critère a été modifié par {conflict.detail?.updatedByName ?? "une autre personne"} pendant votre saisie</h5>
                <p>
                  Réponse enregistrée{conflict.detail ? ` à ${timeLabel(conflict.detail.updatedAt)}` : ""} : {describe(conflict.detail?.content ?? null)}
                  {conflict.detail?.content.justification ? ` — « ${conflict.detail.content.justification} »` : ""}. Votre saisie : {describe(fromFormValues(form.getValues()))}. Rien
                  n&apos;a été écrasé : choisissez la réponse à garder.
                </p>
                <ul className="fr-btns-group fr-btns-group--inline-sm fr-mt-1w">
                  <li>
                    <Button size="small" type="button" onClick={autosave.keepMine}>
                      Garder ma réponse
                    </Button>
                  </li>
                  <li>
                    <Button size="small" type="button" priority="secondary" onClick={keepTheirs}>
                      Reprendre la réponse enregistrée
                    </Button>
                  </li>
                </ul>
              </div>
            )}
            <RadioButtons
              id={levelGroupName(id)}
              name={levelGroupName(id)}
              legend={`Niveau atteint pour ${id}`}
              state={errors.level ? "error" : "default"}
              stateRelatedMessage={errors.level?.message}
              options={[
                ...criterion.niveaux.map((text, n) => ({
                  label: `${n} — ${SCALE[n]}`,
                  hintText: text,
                  nativeInputProps: levelInputProps(String(n) as AnswerFormValues["level"]),
                })),
                { label: "Non applicable", hintText: "Le critère ne concerne pas ce service : indiquez pourquoi.", nativeInputProps: levelInputProps("na") },
              ]}
            />
            {level === "na" && (
              <>
                <Input
                  label="Raison de la non-applicabilité"
                  textArea
                  state={errors.naReason ? "error" : "default"}
                  stateRelatedMessage={errors.naReason?.message}
                  nativeTextAreaProps={{ ...register("naReason"), id: `${id}-raison`, rows: 2, autoComplete: "off", "aria-describedby": `${id}-raison-compteur` }}
                />
                <CharacterCount id={`${id}-raison-compteur`} length={naReason.length} max={NA_REASON_MAX} />
              </>
            )}
            <Input
              label="Justification"
              hintText="Ce qui est en place, pour qui, depuis quand"
              textArea
              state={errors.justification ? "error" : "default"}
              stateRelatedMessage={errors.justification?.message}
              nativeTextAreaProps={{ ...register("justification"), id: `${id}-justification`, rows: 3, autoComplete: "off", "aria-describedby": `${id}-justification-compteur` }}
            />
            <CharacterCount id={`${id}-justification-compteur`} length={justification.length} max={JUSTIFICATION_MAX} />
            <Input
              label="Liens de preuve"
              hintText={`Une adresse web par ligne${criterion.preuves.length ? `. Exemples de preuves : ${criterion.preuves.join(" ; ")}` : ""}`}
              textArea
              state={errors.evidenceText ? "error" : "default"}
              stateRelatedMessage={errors.evidenceText?.message}
              nativeTextAreaProps={{ ...register("evidenceText"), id: `${id}-preuves`, rows: Math.min(11, Math.max(2, evidenceText.split("\n").length)), autoComplete: "off" }}
            />
            {status.kind === "error" && (
              <div className="fr-alert fr-alert--error fr-alert--sm" role="alert">
                <p>{status.message}</p>
                <Button size="small" type="button" priority="secondary" className="fr-mt-1w" onClick={autosave.retry}>
                  Réessayer l&apos;enregistrement
                </Button>
              </div>
            )}
            <p className="fr-text--xs fr-mt-1w">
              <a href={`/mes-services/${serviceId}/historique?critere=${id}`}>Historique des modifications de {id}</a>
            </p>
          </div>
        </div>
      </div>
    </article>
  );
}

function SaveBadge({ status }: { status: SaveStatus }) {
  switch (status.kind) {
    case "saved":
      return (
        <Badge severity="success" small noIcon>
          Enregistré à {timeLabel(status.at)}
        </Badge>
      );
    case "pending":
    case "saving":
      return (
        <Badge severity="info" small noIcon>
          Enregistrement…
        </Badge>
      );
    case "retrying":
      return (
        <Badge severity="warning" small noIcon>
          Échec — nouvel essai
        </Badge>
      );
    case "invalid":
      return (
        <Badge severity="warning" small noIcon>
          Non enregistré : à corriger
        </Badge>
      );
    case "error":
      return (
        <Badge severity="error" small noIcon>
          Non enregistré
        </Badge>
      );
    case "conflict":
      return (
        <Badge severity="warning" small noIcon>
          Conflit à résoudre
        </Badge>
      );
    default:
      return (
        <Badge small noIcon>
          Sans réponse
        </Badge>
      );
  }
}
