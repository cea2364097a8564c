import { routeHandler } from "@/app/_kernel";
import { latestPublicationReport } from "@/lib/procedures/public";

export const GET = routeHandler(latestPublicationReport);
