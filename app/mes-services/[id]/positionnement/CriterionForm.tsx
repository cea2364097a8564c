"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { answerFormSchema, fromFormValues, toFormValues, type AnswerFormValues } from "@/lib/assessment/answer-form";
import type { AnswerContent, AnswerContentInput } from "@/lib/assessment/answer";
import { saveAnswerAction, type SerializedAnswer } from "../../actions";

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

export type SaveStatus =
  | { kind: "idle" }
  | { kind: "pending" }
  | { kind: "saving" }
  | { kind: "saved"; at: string }
  | { kind: "invalid" }
  | { kind: "retrying"; attempt: number }
  | { kind: "error"; message: string }
  | { kind: "conflict" };

const RETRY_DELAYS_MS = [1000, 3000, 9000];
const DEBOUNCE_MS = 700;
const SCALE = ["Non pris en compte", "Initial", "Partiel", "Conforme", "Exemplaire"];

export const timeLabel = (iso: string) => {
  const d = new Date(iso);
  return `${d.getHours()} h ${String(d.getMinutes()).padStart(2, "0")}`;
};

function describe(a: AnswerContent | null): string {
  if (!a || a.level === null) return "pas de niveau";
  return a.level === "na" ? `non applicable (${a.naReason})` : `niveau ${a.level}`;
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
  onStatus: (id: string, status: SaveStatus) => void;
}) {
  const form = useForm<AnswerFormValues>({ resolver: zodResolver(answerFormSchema), defaultValues: toFormValues(initial?.content), mode: "onChange" });
  const { register, formState: { errors }, control } = form;
  const level = useWatch({ control, name: "level" });
  const [status, setStatusState] = useState<SaveStatus>(initial ? { kind: "saved", at: initial.updatedAt } : { kind: "idle" });
  const [conflict, setConflict] = useState<SerializedAnswer | null | undefined>(undefined);
  const version = useRef(initial?.version ?? 0);
  const lastSaved = useRef(JSON.stringify(toFormValues(initial?.content)));
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef(false);
  const again = useRef(false);
  const silent = useRef(false);

  const setStatus = useCallback(
    (s: SaveStatus) => {
      setStatusState(s);
      onStatus(criterion.id, s);
    },
    [criterion.id, onStatus],
  );

  const save = useCallback(
    async (attempt = 0, force = false): Promise<void> => {
      if (inFlight.current) {
        again.current = true; // one save at a time: the next one starts from the version this one gets
        return;
      }
      if (!(await form.trigger())) {
        setStatus({ kind: "invalid" });
        return;
      }
      const values = form.getValues();
      const key = JSON.stringify(values);
      if (!force && key === lastSaved.current) {
        setStatus(status.kind === "idle" ? { kind: "idle" } : { kind: "saved", at: new Date().toISOString() });
        return;
      }
      inFlight.current = true;
      setStatus(attempt > 0 ? { kind: "retrying", attempt } : { kind: "saving" });
      try {
        const r = await saveAnswerAction({ serviceId, criterionId: criterion.id, baseVersion: version.current, answer: fromFormValues(values) });
        inFlight.current = false;
        if (r.status === "saved") {
          version.current = r.version;
          lastSaved.current = key;
          setStatus({ kind: "saved", at: r.updatedAt });
        } else if (r.status === "conflict") {
          setConflict(r.current);
          setStatus({ kind: "conflict" });
          again.current = false;
          return;
        } else {
          setStatus({ kind: "error", message: r.message });
          again.current = false;
          return;
        }
      } catch {
        inFlight.current = false;
        if (attempt < RETRY_DELAYS_MS.length) {
          setStatus({ kind: "retrying", attempt: attempt + 1 });
          timer.current = setTimeout(() => void save(attempt + 1, force), RETRY_DELAYS_MS[attempt]);
        } else {
          setStatus({ kind: "error", message: "Échec de l'enregistrement : vérifiez votre connexion, puis réessayez. Votre saisie est conservée dans cette page." });
        }
        return;
      }
      if (again.current) {
        again.current = false;
        void save();
      }
    },
    [criterion.id, form, serviceId, setStatus, status.kind],
  );

  useEffect(() => {
    const sub = form.watch((values) => {
      onValues(criterion.id, fromFormValues(values as AnswerFormValues));
      if (silent.current) return;
      if (timer.current) clearTimeout(timer.current);
      setStatus({ kind: "pending" });
      timer.current = setTimeout(() => void save(), DEBOUNCE_MS);
    });
    return () => sub.unsubscribe();
  }, [criterion.id, form, onValues, save, setStatus]);

  const keepTheirs = () => {
    silent.current = true;
    form.reset(toFormValues(conflict?.content));
    silent.current = false;
    version.current = conflict?.version ?? 0;
    lastSaved.current = JSON.stringify(form.getValues());
    onValues(criterion.id, fromFormValues(form.getValues()));
    setConflict(undefined);
    setStatus(conflict ? { kind: "saved", at: conflict.updatedAt } : { kind: "idle" });
  };
  const keepMine = () => {
    version.current = conflict?.version ?? 0;
    setConflict(undefined);
    void save(0, true);
  };

  const id = criterion.id;
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
            {conflict !== undefined && (
              <div className="fr-alert fr-alert--warning fr-mb-2w" role="alert">
                <h5 className="fr-alert__title">Ce critère a été modifié par {conflict?.updatedByName ?? "une autre personne"} pendant votre saisie</h5>
                <p>
                  Réponse enregistrée{conflict ? ` à ${timeLabel(conflict.updatedAt)}` : ""} : {describe(conflict?.content ?? null)}
                  {conflict?.content.justification ? ` — « ${conflict.content.justification} »` : ""}. Votre saisie : {describe(fromFormValues(form.getValues()) as AnswerContent)}. Rien
                  n&apos;a été écrasé : choisissez la réponse à garder.
                </p>
                <ul className="fr-btns-group fr-btns-group--inline-sm fr-mt-1w">
                  <li>
                    <Button size="small" type="button" onClick={keepMine}>
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
              legend={`Niveau atteint pour ${id}`}
              name={`${id}-niveau`}
              state={errors.level ? "error" : "default"}
              stateRelatedMessage={errors.level?.message}
              options={[
                ...criterion.niveaux.map((text, n) => ({
                  label: `${n} — ${SCALE[n]}`,
                  hintText: text,
                  nativeInputProps: { ...register("level"), value: String(n) },
                })),
                { label: "Non applicable", hintText: "Le critère ne concerne pas ce service : indiquez pourquoi.", nativeInputProps: { ...register("level"), value: "na" } },
              ]}
            />
            {level === "na" && (
              <Input
                label="Raison de la non-applicabilité"
                textArea
                state={errors.naReason ? "error" : "default"}
                stateRelatedMessage={errors.naReason?.message}
                nativeTextAreaProps={{ ...register("naReason"), rows: 2 }}
              />
            )}
            <Input
              label="Justification"
              hintText="Ce qui est en place, pour qui, depuis quand"
              textArea
              state={errors.justification ? "error" : "default"}
              stateRelatedMessage={errors.justification?.message}
              nativeTextAreaProps={{ ...register("justification"), rows: 3 }}
            />
            <Input
              label="Liens de preuve"
              hintText={`Une adresse web par ligne${criterion.preuves.length ? `. Exemples de preuves : ${criterion.preuves.join(" ; ")}` : ""}`}
              textArea
              state={errors.evidenceText ? "error" : "default"}
              stateRelatedMessage={errors.evidenceText?.message}
              nativeTextAreaProps={{ ...register("evidenceText"), rows: 2 }}
            />
            {status.kind === "error" && (
              <div className="fr-alert fr-alert--error fr-alert--sm" role="alert">
                <p>{status.message}</p>
                <Button size="small" type="button" priority="secondary" className="fr-mt-1w" onClick={() => void save(0, true)}>
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
