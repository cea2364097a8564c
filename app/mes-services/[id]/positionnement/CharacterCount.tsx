"use client";
import { useEffect, useState } from "react";
import { characterCountAnnouncement, characterCountText } from "@/lib/assessment/answer-form";

/** Pause in typing after which a screen reader is told how many characters are left. */
const ANNOUNCE_AFTER_MS = 1000;

/**
 * "1 234 / 5 000 caractères" under a limited text area (referenced by its aria-describedby), and
 * a polite announcement for screen readers only near or over the limit, after a pause in typing:
 * every key is not read out.
 */
export function CharacterCount({ id, length, max }: { id: string; length: number; max: number }) {
  const [announcement, setAnnouncement] = useState("");
  const message = characterCountAnnouncement(length, max);
  useEffect(() => {
    if (!message) {
      setAnnouncement("");
      return;
    }
    const t = setTimeout(() => setAnnouncement(message), ANNOUNCE_AFTER_MS);
    return () => clearTimeout(t);
  }, [message]);
  const over = length > max;
  return (
    <>
      <p id={id} className={`fr-text--xs ${over ? "fr-error-text" : "fr-hint-text"}`} style={{ marginTop: "-1rem", marginBottom: "1.5rem" }} data-testid="compteur">
        {characterCountText(length, max)}
      </p>
      <p className="fr-sr-only" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </>
  );
}
