"use client";
import { useEffect, useRef } from "react";
import { Alert } from "@codegouvfr/react-dsfr/Alert";

/** The server's answer above a form: focused when it appears (so screen readers and keyboard users get it). */
export function ServerMessage({ message, severity = "error" }: { message: string | null; severity?: "error" | "success" }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [message]);
  return (
    <div ref={ref} tabIndex={-1}>
      {message && <Alert severity={severity} small description={message} className="fr-mb-3w" />}
    </div>
  );
}
