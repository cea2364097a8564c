import { routeHandler } from "@/app/_kernel";
import { schoolExport } from "@/lib/procedures/schools";

export const GET = routeHandler(schoolExport);
