/**
 * Badges of the school pages: a colour AND a text every time (the colour never carries the
 * meaning alone). No hooks: server components.
 */
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { DECISION_LABELS, type ReviewDecision } from "@/lib/schools/input";
import { axisText, axisTone, PUBLISHED_CONFORMITY_SHORT, type AxisCell } from "@/lib/schools/overview";
import type { ConformityStatus } from "@/lib/scoring";
import { ARCHIVED_BY_EDITOR_LABEL } from "@/lib/assessment/archived";
import { formatDate } from "@/lib/format";

type Severity = "success" | "warning" | "error" | "info" | "new" | undefined;

const toneSeverity = { success: "success", info: "info", warning: "warning", error: "error", neutral: undefined } as const;

export function LevelBadge({ cell }: { cell: AxisCell | undefined }) {
  return (
    <Badge as="span" small noIcon severity={toneSeverity[axisTone(cell)] as Severity}>
      {axisText(cell)}
    </Badge>
  );
}

const DECISION_SEVERITY: Record<ReviewDecision, Severity> = {
  conforme: "success",
  "a-surveiller": "warning",
  "non-conforme": "error",
  "en-attente": "info",
};

export function DecisionBadge({ decision }: { decision: ReviewDecision | null }) {
  return (
    <Badge as="span" small noIcon severity={decision ? DECISION_SEVERITY[decision] : undefined}>
      {decision ? DECISION_LABELS[decision] : "Sans décision"}
    </Badge>
  );
}

const CONFORMITY_SEVERITY: Record<ConformityStatus | "non-positionne", Severity> = {
  conforme: "success",
  "non-conforme": "error",
  incomplet: "warning",
  "non-positionne": undefined,
};

export function ConformityBadge({ status }: { status: ConformityStatus | null }) {
  const key = status ?? "non-positionne";
  return (
    <Badge as="span" small noIcon severity={CONFORMITY_SEVERITY[key]}>
      {PUBLISHED_CONFORMITY_SHORT[key]}
    </Badge>
  );
}

/** « Archivé par l'éditeur » and its date: the editor no longer offers the service (school table and service page). */
export function ArchivedByEditor({ at }: { at: Date }) {
  return (
    <span data-testid="archive-editeur">
      <Badge as="span" small severity="warning">
        {ARCHIVED_BY_EDITOR_LABEL}
      </Badge>{" "}
      le <time dateTime={at.toISOString()}>{formatDate(at)}</time>
    </span>
  );
}
