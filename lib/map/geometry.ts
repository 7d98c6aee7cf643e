import { geoEquirectangular } from "d3";
import { geoProject } from "d3-geo-projection";
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from "geojson";
import isoCountries from "i18n-iso-countries";
import { feature, merge } from "topojson-client";
import type { GeometryCollection, MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon, Topology } from "topojson-specification";

/** Properties of a country shape in public/geo: its display name only. */
export interface CountryProperties {
  name: string;
}

/** Polygonal geometry of a country. */
export type CountryGeometry = Polygon | MultiPolygon;

/** One country shape; `id` is the ISO 3166-1 alpha-2 code (or the Natural Earth name when it has none). */
export interface CountryFeature extends Feature<CountryGeometry, CountryProperties> {
  id: string;
}

/** The boundaries asset: one feature per id. */
export interface CountryCollection extends FeatureCollection<CountryGeometry, CountryProperties> {
  features: CountryFeature[];
}

/** A world-atlas countries object: Natural Earth polygons with zero-padded ISO numeric ids ("076"). */
export type WorldAtlasTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

// Natural Earth shapes without an ISO numeric id. Kosovo has the user-assigned code the Atlas uses
// (XK); Somaliland and Northern Cyprus are drawn as part of Somalia and Cyprus, as France recognises
// them (a partnership with Hargeisa is coded SO). The rest (Indian Ocean Ter., Siachen Glacier) keep their name.
const UNNUMBERED: Readonly<Record<string, string>> = { Kosovo: "XK", Somaliland: "SO", "N. Cyprus": "CY" };

/** ISO alpha-2 code of a world-atlas feature ("504" → "MA"); its name when it has no numeric id. */
export function countryIdOf(numericId: string | number | undefined, name: string): string {
  if (numericId !== undefined) {
    const code = isoCountries.numericToAlpha2(String(numericId).padStart(3, "0"));
    if (code) return code;
  }
  return UNNUMBERED[name] ?? name;
}

type PolygonObject = TopoPolygon<{ name: string }> | TopoMultiPolygon<{ name: string }>;

/**
 * One feature per country id, still on the sphere: geometries sharing an id (Australia and the
 * Ashmore Is.; Somalia and Somaliland) are merged on their shared arcs, so each id is one path.
 * `nameOf` gives the display name (e.g. French) from the id and the Natural Earth name.
 */
export function countriesFromTopology(
  topology: WorldAtlasTopology,
  nameOf: (id: string, naturalEarthName: string) => string = (_id, name) => name,
): CountryCollection {
  const groups = new Map<string, PolygonObject[]>();
  for (const geometry of topology.objects.countries.geometries) {
    if (geometry.type !== "Polygon" && geometry.type !== "MultiPolygon") continue;
    const id = countryIdOf(geometry.id, geometry.properties?.name ?? "");
    groups.set(id, [...(groups.get(id) ?? []), geometry]);
  }
  // The ternary picks topojson-client's Polygon / MultiPolygon overloads (a union matches neither).
  const single = (member: PolygonObject): CountryGeometry =>
    member.type === "Polygon" ? feature(topology, member).geometry : feature(topology, member).geometry;
  const features: CountryFeature[] = [];
  for (const [id, members] of groups) {
    // The numbered member names the country ("Somalia", not "Somaliland").
    const main = members.find((member) => member.id !== undefined) ?? members[0]!;
    const geometry = members.length === 1 ? single(main) : merge(topology, members);
    features.push({ type: "Feature", id, properties: { name: nameOf(id, main.properties?.name ?? id) }, geometry });
  }
  return { type: "FeatureCollection", features };
}

// Equirectangular in degrees (scale 180/π) maps [lon, lat] to [lon, -lat]; geoProject streams through
// it, so d3's antimeridian clipping cuts every ring at ±180° on the way. precision(0) turns off
// adaptive resampling (no points added). reflectY is *not* used: geoProject sorts rings into shells
// and holes by their planar winding, which reflectY inverts (Lesotho became an island, not a hole).
const DEGREES = geoEquirectangular()
  .scale(180 / Math.PI)
  .translate([0, 0])
  .precision(0);

/** Applies `transform` to every position of a polygonal geometry. */
export function mapPositions(geometry: CountryGeometry, transform: (position: Position) => Position): CountryGeometry {
  const ring = (positions: Position[]) => positions.map(transform);
  return geometry.type === "Polygon"
    ? { type: "Polygon", coordinates: geometry.coordinates.map(ring) }
    : { type: "MultiPolygon", coordinates: geometry.coordinates.map((polygon) => polygon.map(ring)) };
}

/**
 * Cuts spherical world-atlas geometry at the antimeridian, returning planar [lon, lat] degrees:
 * Leaflet joins consecutive points with straight lines, so a ring crossing ±180° (Russia, Fiji)
 * would otherwise draw a stripe across the whole map.
 */
export function cutAntimeridian(collection: CountryCollection): CountryCollection {
  const projected = geoProject(collection, DEGREES);
  const features = projected.features
    .filter((country) => country.geometry) // a shape clipped to nothing comes back null
    .map((country) => ({
    ...country,
    geometry: mapPositions(country.geometry, ([x, y]) => [x!, -y!]),
  }));
  return { type: "FeatureCollection", features };
}

/** Every ring of a polygonal geometry. */
export function ringsOf(geometry: CountryGeometry): Position[][] {
  return geometry.type === "Polygon" ? geometry.coordinates : geometry.coordinates.flat();
}

/** Largest longitude difference (degrees) between consecutive points of any ring: ~360 means a stripe. */
export function maxLongitudeJump(geometry: CountryGeometry): number {
  let jump = 0;
  for (const ring of ringsOf(geometry)) {
    for (let index = 1; index < ring.length; index++) {
      jump = Math.max(jump, Math.abs(ring[index]![0]! - ring[index - 1]![0]!));
    }
  }
  return jump;
}
