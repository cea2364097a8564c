import { describe, it, expect } from "vitest";
import { MAP_LOCATIONS, MAP_SPRITE, MAP_SPRITE_VERSION, mapShapeHref } from "@/lib/territory-map";
import { builtFrom, escapeHtml } from "@/app/territoires/_components/html";

describe("map sprite", () => {
  it("holds one shape per metropolitan département, under an address that changes with the shapes", () => {
    expect(MAP_SPRITE.startsWith('<svg xmlns="http://www.w3.org/2000/svg">')).toBe(true);
    expect(MAP_SPRITE).toContain("Victor Cazanave, licence CC-BY-4.0");
    const ids = [...MAP_SPRITE.matchAll(/<path id="d-([^"]+)" d="([^"]+)"\/>/g)];
    expect(ids.map((m) => m[1])).toEqual(MAP_LOCATIONS.map((l) => l.code));
    expect(ids.every((m, i) => m[2] === MAP_LOCATIONS[i].path)).toBe(true);
    expect(MAP_SPRITE_VERSION).toMatch(/^[0-9a-f]{12}$/);
    expect(mapShapeHref("2A")).toBe(`/territoires/carte.svg?v=${MAP_SPRITE_VERSION}#d-2A`);
  });
});

describe("markup written as strings", () => {
  it("escapes what could break out of text or of an attribute", () => {
    expect(escapeHtml(`<a href="x">L'Haÿ & co</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;L&#x27;Haÿ &amp; co&lt;/a&gt;");
    expect(escapeHtml("Ain")).toBe("Ain");
  });

  it("builds once per source object and key", () => {
    const rows: unknown[] = [];
    let calls = 0;
    const build = () => ++calls;
    expect(builtFrom(rows, "a", build)).toBe(1);
    expect(builtFrom(rows, "a", build)).toBe(1);
    expect(builtFrom(rows, "b", build)).toBe(2);
    expect(builtFrom([], "a", build)).toBe(3);
  });
});
