import { routeHandler } from "@/app/_kernel";
import { publicationReport } from "@/lib/procedures/public";

export const GET = routeHandler(publicationReport);
