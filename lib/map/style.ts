/**
 * Paint of the map besides the data colours (those are in ./scales): the Leaflet map's path options
 * and the standalone SVG's attributes both come from here. Values repeated from
 * components/map/map.css are checked against it by lib/charts/standalone-style.test.ts.
 */
export const MAP_STYLE = {
  /** `.country-map` `--map-ocean`: the sea behind the shapes. */
  ocean: "#e8eef4",
  /** Outline of every country shape. */
  border: { color: "#ffffff", weight: 0.6 },
  /** Outline of a country in the country filter, and of its circle. */
  selected: { color: "#161616", weight: 2 },
  /** Outline of a proportional circle. */
  circleBorder: { color: "#ffffff", weight: 1 },
  /** `.map-legend-swatch` border. */
  legendSwatchBorder: "#929292",
  /** `.map-legend-note, .map-legend-source` */
  legendNote: "#3a3a3a",
  /** Dashed guides from the reference circles to their labels. */
  legendGuide: "#666",
} as const;

/** Class-safe suffix: ISO codes as they are, the two uncoded shapes' names hyphenated. */
const classSuffix = (code: string) => code.replace(/[^A-Za-z0-9]+/g, "-");

/** Class of a country's shape on either map: a stable hook for tests ("path.country-ML"), not a style. */
export const countryClass = (code: string) => `country country-${classSuffix(code)}`;

/** Class of a country's proportional circle on either map. */
export const circleClass = (code: string) => `country-circle country-circle-${classSuffix(code)}`;
