import { describe, expect, it } from "vitest";
import { IMMUTABLE_CACHE_CONTROL, REVALIDATED_CACHE_CONTROL, hasContentHash, publicFileCacheControl } from "./public-files";

describe("the Cache-Control of public files", () => {
  it("keeps a file whose name holds a content hash for a year, immutable", () => {
    for (const path of ["/geo/countries-50m.fc98edd56c.geo.json", "/geo/countries-light.abcb6afd20.geo.json", "/geo/france.0123abcd.json", "/geo/shapes-0123456789abcdef.json"]) {
      expect(publicFileCacheControl(path), path).toBe(IMMUTABLE_CACHE_CONTROL);
    }
  });

  it("has a file with a plain name revalidated: an hour fresh, a day stale while revalidating", () => {
    for (const path of ["/geo/france.json", "/geo/countries-50m.geo.json", "/geo/README.md", "/favicon.ico", "/robots.txt", "/geo/world-110m.json"]) {
      expect(publicFileCacheControl(path), path).toBe(REVALIDATED_CACHE_CONTROL);
    }
    expect(REVALIDATED_CACHE_CONTROL).toMatch(/max-age=\d+, stale-while-revalidate=\d+/);
  });

  it("does not take a short, non-hexadecimal or directory part for a hash", () => {
    expect(hasContentHash("/geo/countries-50m.geo.json")).toBe(false);
    expect(hasContentHash("/geo/abcdef0.json")).toBe(false);
    expect(hasContentHash("/geo/fc98edd56c/france.json")).toBe(false);
    expect(hasContentHash("/geo/departements.json")).toBe(false);
  });

  it("leaves pages, the API, exports and Next's assets alone (they set their own)", () => {
    for (const path of ["/", "/partenariats", "/pays/SN", "/api/dashboard", "/export/themes.csv", "/_next/static/chunks/0a1b2c3d4e.js", "/geography"]) {
      expect(publicFileCacheControl(path), path).toBeUndefined();
    }
  });
});
