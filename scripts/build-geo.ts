/**
 * Builds the country boundaries the map draws (no tile server: the shapes are the basemap), in two
 * levels of detail, and lib/map/geo-assets.ts, which names them. Run once, commit the output:
 *
 *   npx tsx scripts/build-geo.ts
 *
 * - `countries-light.<hash>.geo.json`: the world at dashboard zooms (Leaflet zoom < DETAIL_ZOOM,
 *   lib/map/detail.ts) and the server-drawn first paint; about a third of the detailed file.
 * - `countries-50m.<hash>.geo.json`: the detail for zoomed views, loaded when the map zooms in.
 * The hash (of the content) in the name lets the server cache them as immutable.
 *
 * Source: world-atlas 2.0.2 `countries-50m.json` (Natural Earth 1:50m, public domain). 50m rather
 * than 110m even for the light set because the Atlas's small partner countries (Comoros, Cabo Verde,
 * Mauritius, Seychelles, Malta, Singapore, Dominica, Saint Lucia…) are missing from 110m; the light
 * set simplifies 50m harder instead, so both sets have the same countries and ids.
 *
 * Steps, all in lib/map (unit-tested):
 * 1. simplify every arc of the topology (Douglas–Peucker, tolerance in degrees): shared borders stay shared;
 * 2. one feature per ISO alpha-2 id (Somaliland merged into SO, N. Cyprus into CY, Kosovo = XK; the
 *    two features with no ISO code keep their name as id), French names, properties `{ name }`;
 * 3. drop Antarctica (no partnership there, and Web Mercator blows it up);
 * 4. cut at the antimeridian (Russia, Fiji would draw stripes across the map in Leaflet);
 * 5. drop the small islands of large countries (minIsland), keeping every island of small ones;
 * 6. round to `decimals` and drop the points and rings that collapse (a country that would vanish
 *    altogether, the Vatican at 0.1°, keeps one more decimal).
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import topology from "world-atlas/countries-50m.json";
import { countryNameFr } from "../lib/countries";
import { type WorldAtlasTopology, countriesFromTopology, cutAntimeridian, maxLongitudeJump } from "../lib/map/geometry";
import { dropSmallIslands, roundGeometry, simplifyTopology } from "../lib/map/simplify";

interface Level {
  name: string;
  /** Degrees of Douglas–Peucker tolerance. */
  tolerance: number;
  /** Islands under this area (deg²) of countries over SMALL_COUNTRY deg² are dropped. */
  minIsland: number;
  decimals: number;
}

// Detailed: 0.04° ≈ 4 km, half a pixel at zoom 4, 2 decimals ≈ 1 km. Light: 0.15° ≈ 0.4 px at
// zoom 2 (1,024 px for 360°), 1 decimal. Finer settings grow the files for no visible gain.
const LEVELS: Level[] = [
  { name: "countries-50m", tolerance: 0.04, minIsland: 0.03, decimals: 2 },
  { name: "countries-light", tolerance: 0.15, minIsland: 0.3, decimals: 1 },
];
const SMALL_COUNTRY = 2;
const EXCLUDED = new Set(["AQ"]);
// French names of the two Natural Earth shapes without an ISO code.
const UNCODED_NAMES: Record<string, string> = {
  "Indian Ocean Ter.": "Territoires australiens de l'océan Indien",
  "Siachen Glacier": "Glacier de Siachen",
};
const ROOT = path.join(__dirname, "..");
const GEO_DIR = path.join(ROOT, "public", "geo");
const ASSETS_MODULE = path.join(ROOT, "lib", "map", "geo-assets.ts");

function build({ tolerance, minIsland, decimals }: Level): string {
  const simplified = simplifyTopology(topology as unknown as WorldAtlasTopology, tolerance);
  const spherical = countriesFromTopology(simplified, (id, name) => (/^[A-Z]{2}$/.test(id) ? countryNameFr(id) : (UNCODED_NAMES[name] ?? name)));
  spherical.features = spherical.features.filter((country) => !EXCLUDED.has(country.id));
  const cut = cutAntimeridian(spherical);
  const features = cut.features.map((country) => {
    const kept = dropSmallIslands(country.geometry, minIsland, SMALL_COUNTRY);
    const geometry = roundGeometry(kept, decimals) ?? roundGeometry(kept, decimals + 1);
    if (!geometry) throw new Error(`${country.id} collapsed: lower the tolerance or raise the decimals`);
    if (maxLongitudeJump(geometry) > 180) throw new Error(`${country.id} still crosses the antimeridian`);
    return { type: "Feature" as const, id: country.id, properties: country.properties, geometry };
  });
  features.sort((a, b) => a.id.localeCompare(b.id));
  return JSON.stringify({ type: "FeatureCollection", features });
}

mkdirSync(GEO_DIR, { recursive: true });
const files: Record<string, string> = {};
for (const level of LEVELS) {
  const json = `${build(level)}\n`;
  const hash = createHash("sha256").update(json).digest("hex").slice(0, 10);
  const file = `${level.name}.${hash}.geo.json`;
  // The previous versions go: a stale file would still be served, and cached for a year.
  for (const old of readdirSync(GEO_DIR)) if (old.startsWith(`${level.name}.`) && old.endsWith(".geo.json")) rmSync(path.join(GEO_DIR, old));
  writeFileSync(path.join(GEO_DIR, file), json);
  files[level.name] = file;
  console.log(`public/geo/${file}: ${json.length} B raw, ${gzipSync(json, { level: 9 }).length} B gzip`);
}
writeFileSync(
  ASSETS_MODULE,
  `// Written by scripts/build-geo.ts: the boundaries files of public/geo, named by their content's hash.\n\n` +
    `/** The detailed shapes (Natural Earth 1:50m, lightly simplified), for zoomed views. */\n` +
    `export const DETAILED_BOUNDARIES_FILE = "${files["countries-50m"]}";\n\n` +
    `/** The light shapes (the same countries, simplified harder), for the world and the first paint. */\n` +
    `export const LIGHT_BOUNDARIES_FILE = "${files["countries-light"]}";\n`,
);
console.log(`${path.relative(ROOT, ASSETS_MODULE)} written`);
