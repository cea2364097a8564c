/**
 * The Next.js side of the kernel (lib/kernel): who calls (currentActor, cached per request), the
 * database, and the effects that need Next.js. Each adapter returns the function a "use server"
 * file or a route.ts exports, marked with its definition (a test checks that every export is bound
 * to a registered definition). Nothing else here: the procedures live in lib/procedures.
 */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { headers } from "next/headers";
import { after, connection } from "next/server";
import { AuthError, CredentialsSignin } from "next-auth";
import { clientAddress, currentActor, signIn, signOut } from "@/auth";
import { getDb } from "@/db/client";
import { ANONYMOUS } from "@/lib/authz";
import { bindDefinition, executeAction, executeRoute, isPublic, type ActionDef, type Effects, type RouteDef } from "@/lib/kernel";

const effects: Effects = {
  revalidate: (path, scope) => revalidatePath(path, scope),
  redirect: (path) => redirect(path),
  after: (task) => after(task),
  async signInWithPassword(credentials, redirectTo) {
    try {
      await signIn("credentials", { ...credentials, redirectTo });
    } catch (e) {
      if (e instanceof CredentialsSignin) return "refused";
      if (e instanceof AuthError) return "failed";
      throw e; // NEXT_REDIRECT: signed in
    }
    redirect(redirectTo);
  },
  async signInWithProvider(redirectTo) {
    await signIn("oidc", { redirectTo });
  },
  async signOut(redirectTo) {
    await signOut({ redirectTo });
  },
  clientAddress: async () => clientAddress(await headers()),
};

/** Public procedures never see who calls: the session is not even read. */
const actorFor = (def: ActionDef | RouteDef) => (isPublic(def.policy) ? Promise.resolve(ANONYMOUS) : currentActor());

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof FormData);

/** A form's fields as an object; anything else as it came (the schema then refuses it with a 400). */
export const formFields = (value: unknown): unknown => (value instanceof FormData ? Object.fromEntries(value) : value);

/** A positional id joined to the form's values (an id argument wins over a field of the same name); a non-object stays as is, to be refused. */
export const withFields = (values: unknown, fields: Record<string, unknown>): unknown => (values === undefined ? fields : isRecord(values) ? { ...values, ...fields } : values);

/**
 * A server action called with arguments: `args` turns them into the definition's one input
 * (default: the first argument). `export const publishAction = serverAction(publish, (serviceId: string) => ({ serviceId }))`.
 */
export function serverAction<I, R, A extends unknown[] = [input: unknown]>(def: ActionDef<I, R>, args?: (...a: A) => unknown): (...a: A) => Promise<R> {
  const action = async (...a: A): Promise<R> => {
    const raw = args ? args(...a) : a[0];
    return executeAction(def, { actor: await actorFor(def), db: getDb(), effects }, raw);
  };
  return bindDefinition(action, def);
}

/** A server action posted by a form through useActionState: (previous state, FormData). */
export function formAction<I, R>(def: ActionDef<I, R>): (previous: R | null, formData: FormData) => Promise<R> {
  const action = async (_previous: R | null, formData: FormData): Promise<R> => {
    return executeAction(def, { actor: await actorFor(def), db: getDb(), effects }, formFields(formData));
  };
  return bindDefinition(action, def);
}

/** A route handler: `export const GET = routeHandler(definition)`. */
export function routeHandler<PP, Q>(def: RouteDef<PP, Q>): (request: Request, context: { params: Promise<unknown> }) => Promise<Response> {
  const handler = async (request: Request, context: { params: Promise<unknown> }): Promise<Response> => {
    // Never prerendered at build time when it reads the database or the request (the build has no database).
    if (def.query || !isPublic(def.policy)) await connection();
    const params = (await context?.params) ?? {};
    return executeRoute(def, { actor: await actorFor(def), db: getDb(), effects }, request, params);
  };
  return bindDefinition(handler, def);
}
