/**
 * Every procedure of the application: each server action and each route handler is one of these
 * definitions, bound by an adapter of app/_kernel. Tests enumerate this list (every definition has
 * its rows in the authorization matrix; every export of a "use server" file and of a route.ts is
 * bound to one of them). A new procedure is added here, then to the matrix.
 */
import * as accounts from "@/lib/procedures/accounts";
import * as organisations from "@/lib/procedures/organisations";
import * as services from "@/lib/procedures/services";
import * as schools from "@/lib/procedures/schools";
import * as publicRoutes from "@/lib/procedures/public";
import type { ActionDef, AnyDef, RouteDef } from "./index";

export const actionDefinitions = [
  accounts.signIn,
  accounts.signInWithProvider,
  accounts.signOut,
  accounts.signUp,
  accounts.createOrganisation,
  accounts.claimSchool,
  accounts.decideClaim,
  accounts.acceptInvitation,
  accounts.acceptWithNewAccount,
  organisations.invite,
  organisations.revokeInvitation,
  organisations.changeRole,
  organisations.removeMember,
  services.createService,
  services.updateService,
  services.saveAnswer,
  services.publish,
  services.revert,
  services.archive,
  services.restore,
  schools.addService,
  schools.declareService,
  schools.removeService,
  schools.recordReview,
] as const satisfies readonly ActionDef[];

export const routeDefinitions = [
  publicRoutes.gridExport,
  publicRoutes.publicationExport,
  publicRoutes.latestPublicationReport,
  publicRoutes.publicationReport,
  publicRoutes.territoriesExport,
  publicRoutes.territoriesMap,
  services.draftExport,
  services.draftReport,
  schools.schoolExport,
  schools.schoolReport,
] as const satisfies readonly RouteDef[];

export const allDefinitions: readonly AnyDef[] = [...actionDefinitions, ...routeDefinitions];

export type ProcedureName = (typeof actionDefinitions)[number]["name"] | (typeof routeDefinitions)[number]["name"];

