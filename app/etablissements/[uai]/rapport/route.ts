import { routeHandler } from "@/app/_kernel";
import { schoolReport } from "@/lib/procedures/schools";

export const GET = routeHandler(schoolReport);
