/**
 * The French labels of the Leaflet map's own controls (components/map/CountryMapLeaflet.tsx).
 * Leaflet writes a zoom button's title into both its title and its aria-label, and draws "+" or
 * "−" hidden from assistive technologies: the title is the button's whole accessible name, so it
 * must be French, and a verb, as a button's name is.
 */
export const mapFr = {
  zoomIn: "Zoomer",
  zoomOut: "Dézoomer",
  /** A country's popup: Leaflet names its close button ("×") in English. */
  closePopup: "Fermer",
} as const;
