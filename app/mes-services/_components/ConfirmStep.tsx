"use client";
import { useEffect, useRef, useState, useTransition, type ReactNode } from "react";
import { Button } from "@codegouvfr/react-dsfr/Button";
import type { ActionState } from "@/lib/kernel";

/**
 * A button that opens a confirmation step (its title a heading of `headingLevel`) saying what will
 * happen, then runs the action: the
 * step's title takes the focus, Escape or « Annuler » closes it and gives the focus back to the
 * button. The answer goes to `onResult` (the caller shows it in a live region that outlives this
 * component, since a success may remove it from the page).
 */
export function ConfirmStep({
  id,
  trigger,
  triggerTitle,
  triggerPriority = "secondary",
  title,
  confirmLabel,
  pendingLabel,
  run,
  onResult,
  headingLevel = 2,
  children,
}: {
  /** unique in the page: the step's id */
  id: string;
  trigger: string;
  /** accessible name of the button when its text alone is ambiguous (« Restaurer Messagerie Classe ») */
  triggerTitle?: string;
  triggerPriority?: "primary" | "secondary" | "tertiary";
  title: string;
  confirmLabel: string;
  pendingLabel: string;
  run: () => Promise<ActionState>;
  onResult: (result: ActionState) => void;
  /** the level of the step's title in the page's outline */
  headingLevel?: 2 | 3;
  children: ReactNode;
}) {
  const [confirming, setConfirming] = useState(false);
  const [pending, start] = useTransition();
  const triggerRef = useRef<HTMLButtonElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const Heading = headingLevel === 2 ? "h2" : "h3";

  useEffect(() => {
    if (confirming) titleRef.current?.focus();
  }, [confirming]);

  const cancel = () => {
    setConfirming(false);
    requestAnimationFrame(() => triggerRef.current?.focus());
  };
  const confirm = () =>
    start(async () => {
      const r = await run();
      setConfirming(false);
      onResult(r);
    });

  return (
    <div>
      <Button
        ref={triggerRef}
        type="button"
        priority={triggerPriority}
        disabled={pending}
        nativeButtonProps={{ "aria-expanded": confirming, "aria-controls": id, ...(triggerTitle ? { "aria-label": triggerTitle } : {}) }}
        onClick={() => setConfirming(true)}
      >
        {trigger}
      </Button>
      {confirming && (
        <section
          id={id}
          className="fr-callout fr-mt-2w fr-mb-0"
          aria-labelledby={`${id}-titre`}
          onKeyDown={(e) => {
            if (e.key === "Escape" && !pending) {
              e.stopPropagation();
              cancel();
            }
          }}
        >
          <Heading id={`${id}-titre`} className="fr-callout__title fr-h5" tabIndex={-1} ref={titleRef}>
            {title}
          </Heading>
          {children}
          <ul className="fr-btns-group fr-btns-group--inline-sm fr-mb-0">
            <li>
              <Button type="button" disabled={pending} onClick={confirm}>
                {pending ? pendingLabel : confirmLabel}
              </Button>
            </li>
            <li>
              <Button type="button" priority="secondary" disabled={pending} onClick={cancel}>
                Annuler
              </Button>
            </li>
          </ul>
        </section>
      )}
    </div>
  );
}
