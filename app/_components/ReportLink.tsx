"use client";
/**
 * A PDF download link that says what is happening: a report takes a second or more to prepare,
 * so, with JavaScript, the click fetches the file while a status line reads "Préparation du
 * rapport…", then saves it, or shows the server's French message when it refuses. Without
 * JavaScript it is the plain download link it renders.
 */
import { useId, useState, type ReactNode } from "react";

type State = { kind: "idle" } | { kind: "busy" } | { kind: "done"; name: string } | { kind: "error"; message: string };

function fileNameOf(disposition: string | null): string {
  const utf8 = disposition?.match(/filename\*=UTF-8''([^;]+)/i);
  if (utf8) return decodeURIComponent(utf8[1]);
  return disposition?.match(/filename="([^"]+)"/i)?.[1] ?? "rapport.pdf";
}

export function ReportLink({ href, children, detail }: { href: string; children: ReactNode; detail?: string }) {
  const [state, setState] = useState<State>({ kind: "idle" });
  const detailId = useId();

  async function download(event: React.MouseEvent<HTMLAnchorElement>) {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    if (state.kind === "busy") return;
    setState({ kind: "busy" });
    try {
      const response = await fetch(href, { credentials: "same-origin" });
      if (!response.ok) {
        const text = (await response.text()).trim();
        setState({ kind: "error", message: text || `Le rapport n'a pas pu être préparé (erreur ${response.status}).` });
        return;
      }
      const name = fileNameOf(response.headers.get("content-disposition"));
      const url = URL.createObjectURL(await response.blob());
      const a = document.createElement("a");
      a.href = url;
      a.download = name;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setState({ kind: "done", name });
    } catch {
      setState({ kind: "error", message: "Le rapport n'a pas pu être téléchargé : vérifiez la connexion et réessayez." });
    }
  }

  return (
    <>
      <a
        className="fr-link fr-link--download"
        href={href}
        download
        onClick={download}
        aria-busy={state.kind === "busy" || undefined}
        aria-describedby={detail ? detailId : undefined}
      >
        {children}
      </a>
      {/* The detail under the link, in the flow (the DSFR's is out of it, on one line, and ran off a
          320 px screen), and the link's description for screen readers. */}
      {detail && (
        <span id={detailId} className="fr-hint-text fr-mt-1v">
          {detail}
        </span>
      )}
      <span role="status" className={state.kind === "error" ? "fr-error-text fr-mt-1v" : "fr-hint-text fr-mt-1v"}>
        {state.kind === "busy" && "Préparation du rapport PDF…"}
        {state.kind === "done" && `Rapport téléchargé : ${state.name}`}
        {state.kind === "error" && state.message}
      </span>
    </>
  );
}
