import { routeHandler } from "@/app/_kernel";
import { territoriesExport } from "@/lib/procedures/public";

export const GET = routeHandler(territoriesExport);
