import { routeHandler } from "@/app/_kernel";
import { draftReport } from "@/lib/procedures/services";

export const GET = routeHandler(draftReport);
