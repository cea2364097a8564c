import { routeHandler } from "@/app/_kernel";
import { publicationExport } from "@/lib/procedures/public";

export const GET = routeHandler(publicationExport);
