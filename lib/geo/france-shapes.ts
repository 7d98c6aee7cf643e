/**
 * One shape of the France map panel: a département, a région, or a collectivité d'outre-mer (which
 * is listed both as a département and as a région, with the same code, as the engine keys it).
 */
export interface FranceShape {
  /** INSEE code: "01"…"95", "2A", "2B", "971"…"976", "986"…"988" (départements); "11"…"94", "01"…"06" (régions) */
  code: string;
  /** Official name (INSEE, Code officiel géographique) */
  name: string;
  /** INSEE région code (for a région, its own code) */
  region: string;
  /** SVG path in the drawing's pixel coordinates */
  d: string;
  /** a point inside the shape for a label or a circle: [x, y] */
  center: [number, number];
}

/**
 * The frame of an overseas territory, drawn at its own scale beside metropolitan France. The app
 * draws the frame and writes the name under it: the drawing keeps INSET_LABEL_BAND px free below
 * the row of frames for a name on two lines.
 */
export interface FranceInset {
  /** the shape codes it holds */
  codes: string[];
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * public/geo/france.json, built by scripts/geo/make-france.ts (see public/geo/README.md): the
 * coordinates are already projected to pixels of a fixed `width`×`height` drawing, so the app draws
 * `d` as is, in an SVG with `viewBox="0 0 width height"`, and needs no projection at run time.
 * Metropolitan France and Corsica are in a conformal conic projection (as Lambert-93); each inset in
 * Mercator. Exterior rings turn clockwise on screen and holes the other way, so SVG's default
 * nonzero fill rule draws holes as holes.
 */
export interface FranceShapes {
  width: number;
  height: number;
  /** Provenance and licences, in French, for the map's credit line */
  source: string;
  /** Sorted by code */
  departements: FranceShape[];
  /** Sorted by code */
  regions: FranceShape[];
  /** Left to right */
  insets: FranceInset[];
}

/** Where the browser fetches the shapes (public/). */
export const FRANCE_SHAPES_URL = "/geo/france.json";

/** Height kept free under the insets' frames for their names (two lines of 9 px text). */
export const INSET_LABEL_BAND = 24;
