import { MAP_SPRITE } from "@/lib/territory-map";

/**
 * The shapes of the map (see MAP_SPRITE), public. Pages ask for it with ?v=<version of the
 * shapes>, so the browser may keep it for a year.
 */
export function GET() {
  return new Response(MAP_SPRITE, {
    headers: {
      "content-type": "image/svg+xml; charset=utf-8",
      "cache-control": "public, max-age=31536000, immutable",
      "x-content-type-options": "nosniff",
    },
  });
}
