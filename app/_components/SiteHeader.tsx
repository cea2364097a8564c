import { currentActor } from "@/auth";
import { SiteHeaderClient } from "./SiteHeaderClient";

/** The header, with "Se connecter" for visitors and the user's name, "Mon espace" and "Se déconnecter" once signed in. */
export async function SiteHeader() {
  const actor = await currentActor();
  const user =
    actor.kind === "user"
      ? { name: actor.name || actor.email || "Mon compte", isAdmin: actor.isAdmin, isEditor: actor.memberships.length > 0, schools: [...actor.schools] }
      : null;
  return <SiteHeaderClient user={user} />;
}
