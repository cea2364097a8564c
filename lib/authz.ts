/**
 * The one access policy: who may do what on which resource. Pure (no database, no Next.js):
 * callers load the actor (lib/accounts.loadActor) and the resource's owner, then ask here.
 * Every server action, route handler and private page goes through `authorize` or `can`.
 *
 * Refusals carry an HTTP status and a French message:
 * - 401 when nobody is signed in (whatever the resource, so nothing is revealed);
 * - 404 when the resource is another tenant's private object: the caller learns nothing, not even
 *   that it exists (the same answer as for an id that does not exist);
 * - 403 when the caller can see the resource but lacks the role (a member who tries to invite).
 */

export type OrgRole = "owner" | "member";

export type Actor =
  | { kind: "anonymous" }
  | {
      kind: "user";
      id: string;
      email: string | null;
      name: string | null;
      isAdmin: boolean;
      memberships: readonly { organisationId: string; role: OrgRole }[];
      /** UAIs of the schools the user heads (approved claims) */
      schools: readonly string[];
    };

export const ANONYMOUS: Actor = { kind: "anonymous" };

type OrganisationRef = { type: "organisation"; id: string };
type ServiceRef = { type: "service"; id: string; organisationId: string };
type SchoolRef = { type: "school"; uai: string };
type InvitationRef = { type: "invitation"; email: string };

/** Every action of the application, with the resource it applies to (null: none). */
export type ResourceOf = {
  /** one's own account page ("Mon espace") and sign-out */
  "account.read": null;
  /** create an editor organisation (the creator becomes its owner) */
  "organisation.create": null;
  /** the organisation's private page: members, invitations, services in draft */
  "organisation.read": OrganisationRef;
  /** invite, revoke an invitation, change a role, remove a member */
  "organisation.members.manage": OrganisationRef;
  /** leave the organisation (the last owner cannot: a rule of lib/accounts) */
  "organisation.leave": OrganisationRef;
  /** read the organisation's audit trail */
  "organisation.audit.read": OrganisationRef;
  /** read a service's unpublished assessment */
  "service.read-draft": ServiceRef;
  /** create or change answers, publish */
  "service.edit": ServiceRef;
  /** create a service in an organisation */
  "service.create": OrganisationRef;
  /** how many schools use the service (a number only: never which schools nor their decisions) */
  "service.usage.read": ServiceRef;
  /** the school's private pages: reviews, decisions, compliance report */
  "school.read-private": SchoolRef;
  /** record a decision on a service used in the school */
  "school.review": SchoolRef;
  /** add a service to the school's list (from the catalogue, or declared), remove one */
  "school.services.manage": SchoolRef;
  /** ask to be recognised as head of a school */
  "school.claim": null;
  /** accept an invitation (anonymous: by creating the invited account) */
  "invitation.accept": InvitationRef;
  /** administration: pending school claims, decide them */
  "admin.claims": null;
  /** administration: list users */
  "admin.users": null;
  /** administration: the whole audit log */
  "admin.audit": null;
};

export type Action = keyof ResourceOf;

/** The list of actions, for tests that must cover each (kept equal to ResourceOf's keys by a type check). */
export const ACTIONS = [
  "account.read",
  "organisation.create",
  "organisation.read",
  "organisation.members.manage",
  "organisation.leave",
  "organisation.audit.read",
  "service.read-draft",
  "service.edit",
  "service.create",
  "service.usage.read",
  "school.read-private",
  "school.review",
  "school.services.manage",
  "school.claim",
  "invitation.accept",
  "admin.claims",
  "admin.users",
  "admin.audit",
] as const satisfies readonly Action[];
// Fails to compile when an action is added to ResourceOf without being listed above.
type _AllListed = Exclude<Action, (typeof ACTIONS)[number]> extends never ? true : never;
const _allListed: _AllListed = true;
void _allListed;

export type Decision = { allowed: true } | { allowed: false; status: 401 | 403 | 404; message: string };

const ALLOW: Decision = { allowed: true };
const SIGN_IN_MESSAGE = "Connectez-vous pour accéder à cette page ou faire cette action.";
const SIGN_IN: Decision = { allowed: false, status: 401, message: SIGN_IN_MESSAGE };
const NOT_FOUND: Decision = { allowed: false, status: 404, message: "Page ou ressource introuvable." };
const forbidden = (message: string): Decision => ({ allowed: false, status: 403, message });
const ADMIN_ONLY = forbidden("Cette page est réservée aux administrateurs de la plateforme.");

type User = Extract<Actor, { kind: "user" }>;
const roleIn = (a: User, organisationId: string) => a.memberships.find((m) => m.organisationId === organisationId)?.role ?? null;
const heads = (a: User, uai: string) => a.schools.includes(uai);

type Rule<A extends Action> = (actor: User, resource: ResourceOf[A]) => Decision;

const rules: { [A in Action]: Rule<A> } = {
  "account.read": () => ALLOW,
  "organisation.create": () => ALLOW,
  "organisation.read": (a, r) => (roleIn(a, r.id) || a.isAdmin ? ALLOW : NOT_FOUND),
  "organisation.members.manage": (a, r) => {
    const role = roleIn(a, r.id);
    if (role === "owner" || a.isAdmin) return ALLOW;
    if (role === "member") return forbidden("Seuls les propriétaires de l'organisation peuvent gérer ses membres et ses invitations.");
    return NOT_FOUND;
  },
  "organisation.leave": (a, r) => (roleIn(a, r.id) ? ALLOW : NOT_FOUND),
  "organisation.audit.read": (a, r) => (roleIn(a, r.id) || a.isAdmin ? ALLOW : NOT_FOUND),
  "service.read-draft": (a, r) => (roleIn(a, r.organisationId) || a.isAdmin ? ALLOW : NOT_FOUND),
  "service.edit": (a, r) => {
    if (roleIn(a, r.organisationId)) return ALLOW;
    if (a.isAdmin) return forbidden("Seuls les membres de l'organisation éditrice peuvent modifier ce positionnement.");
    return NOT_FOUND;
  },
  "service.create": (a, r) => {
    if (roleIn(a, r.id)) return ALLOW;
    if (a.isAdmin) return forbidden("Seuls les membres de l'organisation peuvent y créer un service.");
    return NOT_FOUND;
  },
  "service.usage.read": (a, r) => (roleIn(a, r.organisationId) || a.isAdmin ? ALLOW : NOT_FOUND),
  "school.read-private": (a, r) => (heads(a, r.uai) || a.isAdmin ? ALLOW : NOT_FOUND),
  "school.review": (a, r) => {
    if (heads(a, r.uai)) return ALLOW;
    if (a.isAdmin) return forbidden("Seul le chef d'établissement peut consigner une décision pour cet établissement.");
    return NOT_FOUND;
  },
  "school.services.manage": (a, r) => {
    if (heads(a, r.uai)) return ALLOW;
    if (a.isAdmin) return forbidden("Seul le chef d'établissement peut modifier la liste des services de cet établissement.");
    return NOT_FOUND;
  },
  "school.claim": () => ALLOW,
  "invitation.accept": (a, r) =>
    a.email !== null && a.email.toLowerCase() === r.email.toLowerCase()
      ? ALLOW
      : forbidden(
          "Cette invitation est adressée à une autre adresse électronique que celle de votre compte. Déconnectez-vous, puis ouvrez de nouveau le lien pour créer le compte invité ou vous y connecter.",
        ),
  "admin.claims": (a) => (a.isAdmin ? ALLOW : ADMIN_ONLY),
  "admin.users": (a) => (a.isAdmin ? ALLOW : ADMIN_ONLY),
  "admin.audit": (a) => (a.isAdmin ? ALLOW : ADMIN_ONLY),
};

/** Actions an anonymous visitor may do (the resource is then checked by the business code). */
export const ANONYMOUS_ACTIONS = ["invitation.accept"] as const satisfies readonly Action[];
export type AnonymousAction = (typeof ANONYMOUS_ACTIONS)[number];
const ANONYMOUS_ALLOWED: ReadonlySet<Action> = new Set<Action>(ANONYMOUS_ACTIONS);

export function can<A extends Action>(actor: Actor, action: A, resource: ResourceOf[A]): Decision {
  if (actor.kind === "anonymous") return ANONYMOUS_ALLOWED.has(action) ? ALLOW : SIGN_IN;
  const rule = rules[action] as Rule<A> | undefined;
  if (!rule) return NOT_FOUND; // unknown action: deny
  return rule(actor, resource);
}

/**
 * The answer for a resource that does not exist: exactly what another tenant's resource gets, so
 * that nothing is revealed (401 for an anonymous visitor, 404 for a signed-in user).
 */
export function refusalForMissing(actor: Actor, action: Action): Extract<Decision, { allowed: false }> {
  return actor.kind === "anonymous" && !ANONYMOUS_ALLOWED.has(action) ? (SIGN_IN as Extract<Decision, { allowed: false }>) : (NOT_FOUND as Extract<Decision, { allowed: false }>);
}

/** A refusal, thrown by `authorize`; route handlers and actions turn it into a status and a message. */
export class AuthorizationError extends Error {
  constructor(
    readonly status: 401 | 403 | 404,
    message: string,
  ) {
    super(message);
    this.name = "AuthorizationError";
  }
}

/** Like `can`, but throws AuthorizationError when refused. */
export function authorize<A extends Action>(actor: Actor, action: A, resource: ResourceOf[A]): void {
  const d = can(actor, action, resource);
  if (!d.allowed) throw new AuthorizationError(d.status, d.message);
}

/** The signed-in user, or a 401 refusal. */
export function requireUser(actor: Actor): User {
  if (actor.kind !== "user") throw new AuthorizationError(401, SIGN_IN_MESSAGE);
  return actor;
}

export const isAuthorizationError = (e: unknown): e is AuthorizationError => e instanceof Error && e.name === "AuthorizationError";
