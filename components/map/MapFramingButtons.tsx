"use client";
import { useLabels } from "@/lib/i18n/LangContext";
import { MAP_FRAMINGS, type MapFraming } from "@/lib/map/framing-names";

export interface MapFramingButtonsProps {
  /** The framing shown, or null when the user has moved the map by hand since (none pressed). */
  pressed: MapFraming | null;
  onFrame: (framing: MapFraming) => void;
}

/**
 * Where the world map looks: "Monde" (every country with data) or a region. Toggle buttons
 * (aria-pressed) rather than radios: once the map is moved by hand none is pressed, which a radio
 * group cannot say, and pressing the pressed one frames the map again. Plain DSFR buttons, not the
 * DSFR's selectable tags: the DSFR's script toggles those itself, against React's state.
 */
export function MapFramingButtons({ pressed, onFrame }: MapFramingButtonsProps) {
  const text = useLabels().dashboard.map;
  return (
    <div className="map-framing">
      <p className="fr-text--sm fr-mb-0 map-framing__label" id="map-framing-label">
        {text.framing}
      </p>
      {/* biome-ignore lint/a11y/useSemanticElements: a group of toggle buttons, not of form fields: a fieldset would announce a form section */}
      <div className="map-framing__buttons" role="group" aria-labelledby="map-framing-label">
        {MAP_FRAMINGS.map((framing) => (
          <button
            key={framing}
            type="button"
            // Pressed: the filled primary button; the others tertiary (outlined), as DSFR pairs them.
            className={pressed === framing ? "fr-btn fr-btn--sm" : "fr-btn fr-btn--sm fr-btn--tertiary"}
            aria-pressed={pressed === framing}
            onClick={() => onFrame(framing)}
          >
            {text.framings[framing]}
          </button>
        ))}
      </div>
    </div>
  );
}
