"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { publishAction, revertAction } from "../actions";

export function PublishControls({ serviceId, canRevert, upToDate }: { serviceId: string; canRevert: boolean; /** the draft equals the last publication */ upToDate: boolean }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [result, setResult] = useState<{ ok: boolean; message?: string; problems?: string[] } | null>(null);
  const run = (fn: () => Promise<{ ok: boolean; message?: string; problems?: string[] }>) =>
    start(async () => {
      const r = await fn();
      setResult(r);
      if (r.ok) router.refresh();
    });
  return (
    <div className="fr-mb-4w">
      <ul className="fr-btns-group fr-btns-group--inline-md">
        {!upToDate && (
          <li>
            <Button type="button" disabled={pending} onClick={() => run(() => publishAction(serviceId))}>
              {pending ? "Traitement…" : "Publier"}
            </Button>
          </li>
        )}
        {canRevert && (
          <li>
            <Button type="button" priority="secondary" disabled={pending} onClick={() => run(() => revertAction(serviceId))}>
              Revenir à la version publiée
            </Button>
          </li>
        )}
      </ul>
      <div aria-live="polite">
        {result?.problems?.length ? (
          <Alert
            severity="error"
            title={result.message ?? "Publication impossible"}
            description={
              <ul>
                {result.problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            }
          />
        ) : result ? (
          <Alert severity={result.ok ? "success" : "error"} small description={result.message ?? ""} />
        ) : null}
      </div>
    </div>
  );
}
