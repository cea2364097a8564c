import { routeHandler } from "@/app/_kernel";
import { draftExport } from "@/lib/procedures/services";

export const GET = routeHandler(draftExport);
