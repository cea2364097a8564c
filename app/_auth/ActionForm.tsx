"use client";
import { useActionState } from "react";
import { Button, type ButtonProps } from "@codegouvfr/react-dsfr/Button";
import type { ActionState } from "./guard";
import { ServerMessage } from "./Field";

/** A one-button form posting hidden fields to a server action, with its answer shown above it. */
export function ActionForm({
  action,
  fields,
  label,
  priority = "secondary",
  size = "small",
  title,
}: {
  action: (prev: ActionState | null, formData: FormData) => Promise<ActionState>;
  fields: Record<string, string>;
  label: string;
  priority?: "primary" | "secondary" | "tertiary";
  size?: ButtonProps["size"];
  /** accessible name when the label alone is ambiguous (e.g. "Retirer Camille Martin") */
  title?: string;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction}>
      {state && !state.ok && <ServerMessage message={state.message ?? "Action refusée."} />}
      {Object.entries(fields).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <Button type="submit" priority={priority} size={size} disabled={pending} nativeButtonProps={title ? { "aria-label": title } : undefined}>
        {label}
      </Button>
    </form>
  );
}
