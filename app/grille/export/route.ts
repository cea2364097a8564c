import { routeHandler } from "@/app/_kernel";
import { gridExport } from "@/lib/procedures/public";

export const GET = routeHandler(gridExport);
