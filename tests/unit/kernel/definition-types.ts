/**
 * What the kernel's types refuse, checked by `npm run typecheck` (tsc fails when a line marked
 * @ts-expect-error starts compiling): a procedure cannot be declared without its input schema and
 * its policy, with an action lib/authz does not know, without loading the resource its action
 * needs, or with a resource of the wrong kind; a public procedure does not see who calls.
 */
import { z } from "zod";
import { defineAction, defineRoute } from "@/lib/kernel";

const input = z.object({ id: z.string() });
const ok = async () => ({ ok: true });

// @ts-expect-error no policy
defineAction({ name: "t.noPolicy", input, run: ok });
// @ts-expect-error no input schema
defineAction({ name: "t.noInput", policy: { public: "test" }, run: ok });
// @ts-expect-error an action lib/authz does not know
defineAction({ name: "t.unknown", input, policy: { action: "service.nope", resource: async () => null }, run: ok });
// @ts-expect-error service.edit needs its service: the resource must be loaded
defineAction({ name: "t.noResource", input, policy: { action: "service.edit" }, run: ok });
defineAction({
  name: "t.wrongResource",
  input,
  // @ts-expect-error school.review is about a school, not a service
  policy: { action: "school.review", resource: async ({ input }) => ({ type: "service" as const, id: input.id, organisationId: "o" }) },
  run: ok,
});
// @ts-expect-error a public procedure never sees who calls
defineAction({ name: "t.publicActor", input, policy: { public: "test" }, run: async ({ actor }) => ({ ok: actor !== null }) });
// @ts-expect-error an answer that is not an ActionState needs its own `refuse`
defineAction({ name: "t.shape", input, policy: { action: "admin.claims" }, run: async () => ({ status: "other" }) });

// What the procedure gets: the resource its resolver returned (never null), a signed-in user.
defineAction({
  name: "t.fine",
  input,
  policy: { action: "school.review", resource: async ({ input }) => ({ type: "school" as const, uai: input.id, name: "Collège" }) },
  run: async ({ resource, actor }) => ({ ok: true, message: `${resource.name} ${actor.id}` }),
});
defineRoute({
  name: "t.route",
  params: z.object({ uai: z.string() }),
  policy: { action: "school.read-private", resource: async ({ input }) => ({ type: "school" as const, uai: input.params.uai }) },
  run: async ({ params, query, actor }) => {
    const none: undefined = query;
    return new Response(`${params.uai} ${actor.id} ${String(none)}`);
  },
});
