/**
 * The kernel of every server action and route handler (ADR 0005). A procedure is declared once,
 * with its input schema and its policy, and the executor does the same steps for all of them:
 *
 *   parse (zod, French messages; bad input → 400, never an exception)
 *   → resolve the resource (null: it does not exist → the answer another tenant's resource gets)
 *   → authorize (lib/authz, the one policy)
 *   → run (lib/ does the business)
 *   → refusals (AuthorizationError, RefusalError) become the caller's shape: ActionState, a
 *     SaveAnswerResponse, a Response…
 *
 * Pure: no Next.js, no React. What needs Next.js (revalidatePath, redirect, after, Auth.js sign-in
 * and sign-out, the client's address) comes in `effects`, so procedures run in tests as they do in
 * the server. The Next.js adapters are in app/_kernel; the procedures in lib/procedures; the list
 * of all of them in lib/kernel/registry.ts.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- the registry and the executor hold procedures of every input
   and answer type (ActionDef<any, any>); each procedure is fully typed where defineAction/defineRoute declares it. */
import { z } from "zod";
import type { Db } from "@/db/client";
import {
  AuthorizationError,
  authorize,
  isAuthorizationError,
  refusalForMissing,
  type Action,
  type Actor,
  type AnonymousAction,
  type ResourceOf,
} from "@/lib/authz";

export type User = Extract<Actor, { kind: "user" }>;

// ---------------------------------------------------------------------------
// Results and refusals
// ---------------------------------------------------------------------------

/** What a form's server action answers (useActionState and react-hook-form forms). */
export type ActionState = { ok: boolean; message?: string; status?: number; fieldErrors?: Record<string, string>; data?: Record<string, string> };

/** A refusal as the caller sees it: an HTTP status, a French sentence, and for forms one message per field. */
export type Refusal = { status: number; message: string; fieldErrors?: Record<string, string> };

/** A business refusal thrown by a resource resolver or a procedure (410 gone, 409 already signed in…). */
export class RefusalError extends Error {
  readonly status: number;
  readonly fieldErrors?: Record<string, string>;
  constructor(refusal: Refusal) {
    super(refusal.message);
    this.name = "RefusalError";
    this.status = refusal.status;
    this.fieldErrors = refusal.fieldErrors;
  }
}

/** Stops the procedure with this status and message. */
export function refuse(status: number, message: string, fieldErrors?: Record<string, string>): never {
  throw new RefusalError({ status, message, fieldErrors });
}

/** The refusal as a form's state. */
export const refusalState = (r: Refusal): ActionState => ({ ok: false, status: r.status, message: r.message, ...(r.fieldErrors ? { fieldErrors: r.fieldErrors } : {}) });

function asRefusal(e: unknown): Refusal | null {
  if (isAuthorizationError(e)) return { status: (e as AuthorizationError).status, message: e.message };
  if (e instanceof RefusalError) return { status: e.status, message: e.message, ...(e.fieldErrors ? { fieldErrors: e.fieldErrors } : {}) };
  return null;
}

// ---------------------------------------------------------------------------
// Effects: what needs Next.js, given by the adapter (app/_kernel) or by a test
// ---------------------------------------------------------------------------

export type SignInFailure = "refused" | "failed";

export interface Effects {
  /** Pages to render again after a write (Next.js revalidatePath). */
  revalidate(path: string, scope?: "layout" | "page"): void;
  /** Ends the procedure by sending the browser elsewhere (throws in Next.js: never returns). */
  redirect(path: string): never;
  /** Work to do after the answer is sent (Next.js after). */
  after(task: () => Promise<unknown>): void;
  /** Auth.js sign-in with e-mail and password: on success redirects (never returns); else says why not. */
  signInWithPassword(credentials: { email: string; password: string }, redirectTo: string): Promise<SignInFailure>;
  /** Auth.js sign-in through OpenID Connect: redirects to the provider. */
  signInWithProvider(redirectTo: string): Promise<void>;
  /** Auth.js sign-out: clears the session cookie and redirects. */
  signOut(redirectTo: string): Promise<void>;
  /** The client's address (rate limits). */
  clientAddress(): Promise<string>;
}

// ---------------------------------------------------------------------------
// Policies
// ---------------------------------------------------------------------------

type ResolveContext<I> = { actor: Actor; db: Db; input: I };
type NoResource<A extends Action> = [ResourceOf[A]] extends [null] ? true : false;

/** Actions that take the same kind of resource as A. */
type SameResource<A extends Action> = {
  [B in Action]: [ResourceOf[B]] extends [ResourceOf[A]] ? ([ResourceOf[A]] extends [ResourceOf[B]] ? B : never) : never;
}[Action];

type CheckedPolicy<A extends Action, I> = {
  /** the action of lib/authz asked for */
  action: A;
  /** another action, on the same resource, asked instead when `when` holds (leaving an organisation is one's own business) */
  instead?: { action: SameResource<A>; when: (ctx: ResolveContext<I>) => boolean; why: string };
} & (NoResource<A> extends true
  ? { resource?: never }
  : {
      /** loads the resource; null when it does not exist (answered like another tenant's resource: nothing is revealed) */
      resource: (ctx: ResolveContext<I>) => Promise<ResourceOf[A] | null>;
    });

/** Anyone may call it, signed in or not; says why. Its procedure does not see who calls. */
export type PublicPolicy = { public: string };
export type Policy<I> = PublicPolicy | { [A in Action]: CheckedPolicy<A, I> }[Action];

/** What the procedure gets as `resource`: what its resolver returns (never null: the executor answered 404), or null. */
type ResourceOfPolicy<P> = P extends { resource: (...args: never[]) => Promise<infer R> } ? Exclude<R, null | undefined> : null;
type ActorOfPolicy<P> = P extends { action: infer A extends Action } ? (A extends AnonymousAction ? Actor : User) : never;
type WithActor<P> = P extends PublicPolicy ? unknown : { actor: ActorOfPolicy<P> };

export const isPublic = (policy: Policy<any>): policy is PublicPolicy => "public" in policy;

/** The policy in one line, for the tests' names and the listings. */
export function describePolicy(policy: Policy<any>): string {
  if (isPublic(policy)) return `public — ${policy.public}`;
  const p = policy as CheckedPolicy<Action, unknown>;
  return p.instead ? `${p.action} (${p.instead.action} ${p.instead.why})` : p.action;
}

// ---------------------------------------------------------------------------
// Definitions
// ---------------------------------------------------------------------------

export type ActionContext<P, I> = { db: Db; input: I; effects: Effects; resource: ResourceOfPolicy<P> } & WithActor<P>;

export type ActionDef<I = any, R = any, N extends string = string> = {
  readonly kind: "action";
  readonly name: N;
  readonly input: z.ZodType<I>;
  readonly policy: Policy<I>;
  readonly run: (ctx: any) => Promise<R>;
  readonly refuse: (refusal: Refusal) => R;
};

type ActionSpec<S extends z.ZodType, P, R, N extends string = string> = {
  /** unique, "area.verb" (kept as a literal type: the matrix test's rows are keyed by it) */
  name: N;
  /** the whole input, one schema (positional arguments and FormData are turned into one object by the adapter) */
  input: S;
  policy: P;
  run: (ctx: ActionContext<P, z.output<S>>) => Promise<R>;
};

/** A server action answering an ActionState (refusals become { ok: false, status, message, fieldErrors }). */
export function defineAction<S extends z.ZodType, const P extends Policy<z.output<S>>, R extends ActionState | void, const N extends string>(
  spec: ActionSpec<S, P, R, N> & { refuse?: undefined },
): ActionDef<z.output<S>, R | ActionState, N>;
/** A server action with its own answer shape: `refuse` turns a refusal into it. */
export function defineAction<S extends z.ZodType, const P extends Policy<z.output<S>>, R, const N extends string>(
  spec: ActionSpec<S, P, R, N> & { refuse: (refusal: Refusal) => R },
): ActionDef<z.output<S>, R, N>;
export function defineAction(spec: ActionSpec<z.ZodType, Policy<unknown>, unknown> & { refuse?: (refusal: Refusal) => unknown }): ActionDef {
  return Object.freeze({ kind: "action" as const, name: spec.name, input: spec.input, policy: spec.policy, run: spec.run, refuse: spec.refuse ?? refusalState });
}

export type RouteInput<P, Q> = { params: P; query: Q };
export type RouteContext<P, PP, Q> = { db: Db; params: PP; query: Q; request: Request; effects: Effects; resource: ResourceOfPolicy<P> } & WithActor<P>;

export type RouteDef<PP = any, Q = any, N extends string = string> = {
  readonly kind: "route";
  readonly name: N;
  readonly params: z.ZodType<PP>;
  readonly query?: z.ZodType<Q>;
  readonly policy: Policy<RouteInput<PP, Q>>;
  readonly run: (ctx: any) => Promise<Response>;
  readonly refuse: (refusal: Refusal) => Response;
  readonly invalidParams?: Refusal;
  readonly invalidQuery?: (messages: string[]) => string;
};

/** The default answer of a refused route: JSON { erreur } with the status. */
export const jsonRefusal = (r: Refusal): Response => Response.json({ erreur: r.message }, { status: r.status });

/** A route handler (GET). Its answer is a Response; refusals go through `refuse` (JSON { erreur } by default). */
type QueryOf<QS> = QS extends z.ZodType ? z.output<QS> : undefined;
export function defineRoute<
  PS extends z.ZodType,
  QS extends z.ZodType | undefined = undefined,
  const P extends Policy<RouteInput<z.output<PS>, QueryOf<QS>>> = Policy<RouteInput<z.output<PS>, QueryOf<QS>>>,
  const N extends string = string,
>(spec: {
  name: N;
  /** the path's dynamic segments ({} when none) */
  params: PS;
  /** the query string, when the route reads one */
  query?: QS;
  policy: P;
  run: (ctx: RouteContext<P, z.output<PS>, QueryOf<QS>>) => Promise<Response>;
  refuse?: (refusal: Refusal) => Response;
  /** the answer to a path that fails `params` (default: 400 with the schema's messages); a page-like address answers 404 */
  invalidParams?: Refusal;
  /** the sentence for a query that fails `query`, from the schema's messages (default: joined with spaces) */
  invalidQuery?: (messages: string[]) => string;
}): RouteDef<z.output<PS>, QueryOf<QS>, N> {
  return Object.freeze({
    kind: "route" as const,
    name: spec.name,
    params: spec.params,
    query: spec.query as z.ZodType | undefined,
    policy: spec.policy,
    run: spec.run,
    refuse: spec.refuse ?? jsonRefusal,
    invalidParams: spec.invalidParams,
    invalidQuery: spec.invalidQuery,
  }) as RouteDef<z.output<PS>, QueryOf<QS>, N>;
}

export type AnyDef = ActionDef | RouteDef;

// ---------------------------------------------------------------------------
// Parsing: French messages, never an exception
// ---------------------------------------------------------------------------

const french = z.locales.fr();
export const WRONG_SHAPE = "Requête invalide : les données envoyées n'ont pas la forme attendue.";

type Parsed<T> = { ok: true; data: T } | { ok: false; issues: { field: string; message: string }[] };

async function parse<T>(schema: z.ZodType<T>, raw: unknown): Promise<Parsed<T>> {
  try {
    const r = await schema.safeParseAsync(raw, { error: french.localeError });
    if (r.success) return { ok: true, data: r.data };
    const issues = r.error.issues.map((i) => ({
      field: String(i.path[0] ?? ""),
      // The whole input has the wrong type (null, a string, no FormData…): one sentence for it.
      message: i.path.length === 0 && i.code === "invalid_type" ? WRONG_SHAPE : i.message,
    }));
    return { ok: false, issues: issues.length ? issues : [{ field: "", message: WRONG_SHAPE }] };
  } catch {
    // A transform that throws on a shape it did not expect: still bad input, not a server error.
    return { ok: false, issues: [{ field: "", message: WRONG_SHAPE }] };
  }
}

/** Bad input of a form: the first message, and one per field. */
function invalidInput(issues: { field: string; message: string }[]): Refusal {
  const fieldErrors: Record<string, string> = {};
  for (const i of issues) if (i.field && !fieldErrors[i.field]) fieldErrors[i.field] = i.message;
  return { status: 400, message: issues[0]?.message ?? "Formulaire invalide.", fieldErrors };
}

// ---------------------------------------------------------------------------
// The executor
// ---------------------------------------------------------------------------

/** Who calls, on which database, with which effects. */
export type CallContext = { actor: Actor; db: Db; effects: Effects };

/**
 * Options of the executor. `skipPolicyCheck` exists for one test only (tests/db/procedures-matrix):
 * it proves, entry by entry, that the matrix goes red when the policy check is missing. The Next.js
 * adapters never pass options.
 */
export type ExecuteOptions = { skipPolicyCheck?: boolean };

async function resolveAndAuthorize(policy: Policy<unknown>, ctx: ResolveContext<unknown>, options: ExecuteOptions | undefined): Promise<unknown> {
  if (isPublic(policy)) return null;
  const p = policy as CheckedPolicy<Action, unknown> & { resource?: (ctx: ResolveContext<unknown>) => Promise<unknown> };
  let resource: unknown = null;
  if (p.resource) {
    resource = await p.resource(ctx);
    if (resource === null || resource === undefined) {
      const d = refusalForMissing(ctx.actor, p.action);
      throw new AuthorizationError(d.status, d.message);
    }
  }
  const action = p.instead && p.instead.when(ctx) ? p.instead.action : p.action;
  if (!options?.skipPolicyCheck) authorize(ctx.actor, action, resource as never);
  return resource;
}

/** Runs a server action: parse, resolve, authorize, run; a refusal comes back in the action's shape. */
export async function executeAction<I, R>(def: ActionDef<I, R>, call: CallContext, rawInput: unknown, options?: ExecuteOptions): Promise<R> {
  const parsed = await parse(def.input, rawInput);
  if (!parsed.ok) return def.refuse(invalidInput(parsed.issues));
  const input = parsed.data;
  try {
    const resource = await resolveAndAuthorize(def.policy as Policy<unknown>, { actor: call.actor, db: call.db, input }, options);
    const base = { db: call.db, input, effects: call.effects, resource };
    return await def.run(isPublic(def.policy as Policy<unknown>) ? base : { ...base, actor: call.actor });
  } catch (e) {
    const r = asRefusal(e);
    if (r) return def.refuse(r);
    throw e;
  }
}

/** Runs a route handler: parse the path and the query, resolve, authorize, run; a refusal is a Response. */
export async function executeRoute<PP, Q>(def: RouteDef<PP, Q>, call: CallContext, request: Request, rawParams: unknown, options?: ExecuteOptions): Promise<Response> {
  const params = await parse(def.params, rawParams ?? {});
  if (!params.ok) return def.refuse(def.invalidParams ?? { status: 400, message: params.issues.map((i) => i.message).join(" ") });
  let query: Q | undefined;
  if (def.query) {
    const q = await parse(def.query, Object.fromEntries(new URL(request.url).searchParams));
    if (!q.ok) {
      const messages = q.issues.map((i) => i.message);
      return def.refuse({ status: 400, message: def.invalidQuery ? def.invalidQuery(messages) : messages.join(" ") });
    }
    query = q.data;
  }
  const input = { params: params.data, query };
  try {
    const resource = await resolveAndAuthorize(def.policy as Policy<unknown>, { actor: call.actor, db: call.db, input }, options);
    const base = { db: call.db, params: params.data, query, request, effects: call.effects, resource };
    return await def.run(isPublic(def.policy as Policy<unknown>) ? base : { ...base, actor: call.actor });
  } catch (e) {
    const r = asRefusal(e);
    if (r) return def.refuse(r);
    throw e;
  }
}

// ---------------------------------------------------------------------------
// Binding: the adapters mark the functions they return, so a test can check that every export
// of every "use server" file and every route.ts is bound to a registered definition.
// ---------------------------------------------------------------------------

const BOUND = Symbol.for("positionnement.kernel.definition");

export function bindDefinition<F extends (...args: never[]) => unknown>(fn: F, def: AnyDef): F {
  Object.defineProperty(fn, BOUND, { value: def, enumerable: false });
  return fn;
}

export function boundDefinition(value: unknown): AnyDef | undefined {
  return typeof value === "function" ? ((value as unknown as Record<symbol, AnyDef | undefined>)[BOUND] ?? undefined) : undefined;
}
