/** A publication as the public sees it: identity, scores, every answer by axis. Server component. */
import type { Grid } from "@/lib/grid/schema";
import { CATEGORY_LABELS } from "@/lib/grid/profile";
import type { PublicationSnapshot } from "@/lib/assessment/snapshot";
import { formatDateTime } from "@/lib/format";
import { ScorePanel } from "./ScorePanel";

export function PublicationView({ snapshot, grid, number, publishedAt, deadline }: { snapshot: PublicationSnapshot; grid: Grid; number: number; publishedAt: Date; deadline: string }) {
  const byId = new Map(grid.criteria.map((c) => [c.id, c]));
  return (
    <>
      <p>
        Éditeur : <strong>{snapshot.organisation.name}</strong> — {CATEGORY_LABELS[snapshot.service.profile.category]} — publication n° {number} du{" "}
        <time dateTime={publishedAt.toISOString()}>{formatDateTime(publishedAt)}</time> — grille {snapshot.gridVersion}
      </p>
      {snapshot.service.description && <p>{snapshot.service.description}</p>}
      {snapshot.service.url && (
        <p>
          Adresse du service : <a href={snapshot.service.url}>{snapshot.service.url}</a>
        </p>
      )}
      <ScorePanel score={snapshot.score} axes={grid.axes} deadline={deadline} gapHref={(id) => `#reponse-${id}`} />
      <h2>Réponses</h2>
      {grid.axes.map((axis) => {
        const ids = snapshot.applicable.filter((id) => byId.get(id)?.axis === axis.id);
        if (ids.length === 0) return null;
        return (
          <section key={axis.id} aria-labelledby={`reponses-${axis.id}`}>
            <h3 id={`reponses-${axis.id}`}>{axis.label}</h3>
            <dl>
              {ids.map((id) => {
                const c = byId.get(id)!;
                const a = snapshot.answers[id];
                return (
                  <div key={id} id={`reponse-${id}`} className="fr-mb-3w">
                    <dt>
                      <strong>
                        {id} — {c.title}
                      </strong>{" "}
                      ({c.force === "opposable" ? "opposable" : "recommandé"})
                    </dt>
                    <dd>
                      <p className="fr-mb-1v">
                        {!a || a.level === null ? "Sans réponse" : a.level === "na" ? `Non applicable : ${a.naReason}` : `Niveau ${a.level} — ${c.niveaux[a.level]}`}
                      </p>
                      {a?.justification && <p className="fr-mb-1v">Justification : {a.justification}</p>}
                      {a && a.evidence.length > 0 && (
                        <ul>
                          {a.evidence.map((url) => (
                            <li key={url}>
                              <a href={url} rel="noopener noreferrer nofollow">
                                {url}
                              </a>
                            </li>
                          ))}
                        </ul>
                      )}
                    </dd>
                  </div>
                );
              })}
            </dl>
          </section>
        );
      })}
    </>
  );
}
