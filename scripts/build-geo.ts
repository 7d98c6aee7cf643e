/**
 * Builds public/geo/countries-50m.geo.json, the country boundaries the map fetches at run time (no
 * tile server: the shapes are the basemap). Run once, commit the output:
 *
 *   npx tsx scripts/build-geo.ts
 *
 * Source: world-atlas 2.0.2 `countries-50m.json` (Natural Earth 1:50m, public domain). 50m rather
 * than 110m because the Atlas's small partner countries (Comoros, Cabo Verde, Mauritius, Seychelles,
 * Malta, Singapore, Dominica, Saint Lucia…) are missing from 110m.
 *
 * Steps, all in lib/map (unit-tested):
 * 1. simplify every arc of the topology (Douglas–Peucker, TOLERANCE degrees): shared borders stay shared;
 * 2. one feature per ISO alpha-2 id (Somaliland merged into SO, N. Cyprus into CY, Kosovo = XK; the
 *    two features with no ISO code keep their name as id), French names, properties `{ name }`;
 * 3. drop Antarctica (no partnership there, and Web Mercator blows it up);
 * 4. cut at the antimeridian (Russia, Fiji would draw stripes across the map in Leaflet);
 * 5. drop the small islands of large countries (MIN_ISLAND), keeping every island of small ones;
 * 6. round to DECIMALS (≈1 km) and drop the points and rings that collapse.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import topology from "world-atlas/countries-50m.json";
import { countryNameFr } from "../lib/countries";
import { type WorldAtlasTopology, countriesFromTopology, cutAntimeridian, maxLongitudeJump } from "../lib/map/geometry";
import { dropSmallIslands, roundGeometry, simplifyTopology } from "../lib/map/simplify";

// Degrees. 0.04° ≈ 4 km, half a pixel at zoom 4; islands under 0.03 deg² (≈ 350 km²) of countries over
// 2 deg² are dropped. Raising DECIMALS or lowering TOLERANCE grows the file for no visible gain at world zooms.
const TOLERANCE = Number(process.env.GEO_TOLERANCE ?? 0.04);
const MIN_ISLAND = Number(process.env.GEO_MIN_ISLAND ?? 0.03);
const SMALL_COUNTRY = 2;
const DECIMALS = 2;
const EXCLUDED = new Set(["AQ"]);
// French names of the two Natural Earth shapes without an ISO code.
const UNCODED_NAMES: Record<string, string> = {
  "Indian Ocean Ter.": "Territoires australiens de l'océan Indien",
  "Siachen Glacier": "Glacier de Siachen",
};
const OUTPUT = path.join(__dirname, "..", "public", "geo", "countries-50m.geo.json");

const simplified = simplifyTopology(topology as unknown as WorldAtlasTopology, TOLERANCE);
const spherical = countriesFromTopology(simplified, (id, name) => (/^[A-Z]{2}$/.test(id) ? countryNameFr(id) : (UNCODED_NAMES[name] ?? name)));
spherical.features = spherical.features.filter((country) => !EXCLUDED.has(country.id));
const cut = cutAntimeridian(spherical);

const features = cut.features.map((country) => {
  const geometry = roundGeometry(dropSmallIslands(country.geometry, MIN_ISLAND, SMALL_COUNTRY), DECIMALS);
  if (!geometry) throw new Error(`${country.id} collapsed: lower TOLERANCE or raise DECIMALS`);
  if (maxLongitudeJump(geometry) > 180) throw new Error(`${country.id} still crosses the antimeridian`);
  return { type: "Feature" as const, id: country.id, properties: country.properties, geometry };
});
features.sort((a, b) => a.id.localeCompare(b.id));

const json = JSON.stringify({ type: "FeatureCollection", features });
mkdirSync(path.dirname(OUTPUT), { recursive: true });
writeFileSync(OUTPUT, `${json}\n`);
console.log(
  `${path.relative(process.cwd(), OUTPUT)}: ${features.length} countries, ${json.length} B raw, ${gzipSync(json, { level: 9 }).length} B gzip`,
);
