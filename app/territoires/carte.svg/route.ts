import { routeHandler } from "@/app/_kernel";
import { territoriesMap } from "@/lib/procedures/public";

export const GET = routeHandler(territoriesMap);
