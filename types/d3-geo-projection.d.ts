// d3-geo-projection ships no types and no @types package exists: declare only what lib/map uses.
declare module "d3-geo-projection" {
  import type { GeoProjection, GeoStreamWrapper } from "d3-geo";
  /** Projects every coordinate of a GeoJSON object (cutting at the antimeridian), returning planar coordinates. */
  export function geoProject<T extends GeoJSON.GeoJsonObject>(object: T, projection: GeoProjection | GeoStreamWrapper): T;
}
