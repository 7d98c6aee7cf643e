/** What a keyboard-focusable country shape (path or circle) does. */
export interface ShapeKeyboardHandlers {
  focus: () => void;
  /** Enter or Space: same as a click. */
  activate: () => void;
  /** Escape. */
  dismiss: () => void;
}

// Leaflet keeps each SVG element for the layer's lifetime: listeners are attached once per element.
const bound = new WeakSet<Element>();

/** A focusable shape's accessible name, and whether its country is in the filter. */
export interface ShapeState {
  name: string;
  pressed: boolean;
}

/**
 * Puts a Leaflet SVG shape in the Tab order (countries with data) or takes it out: Leaflet offers no
 * keyboard access to vector layers. A focusable shape is a toggle button (Enter adds its country
 * to the filter or removes it) named after its country and figures: focus must never land on an
 * unnamed element. The countries table remains the quicker way through the same figures (the map
 * has a link to skip to it).
 */
export function setShapeFocusable(element: Element | undefined, state: ShapeState | null, handlers: ShapeKeyboardHandlers): void {
  if (!element) return;
  if (!state) {
    for (const attribute of ["tabindex", "role", "aria-label", "aria-pressed"]) element.removeAttribute(attribute);
    return;
  }
  element.setAttribute("tabindex", "0");
  element.setAttribute("role", "button");
  element.setAttribute("aria-label", state.name);
  element.setAttribute("aria-pressed", String(state.pressed));
  if (bound.has(element)) return;
  bound.add(element);
  // Leaflet opens the bound tooltip on focus and closes it on blur by itself; this adds the rest.
  element.addEventListener("focus", handlers.focus);
  element.addEventListener("keydown", (event) => {
    if (!(event instanceof KeyboardEvent)) return;
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      handlers.activate();
    } else if (event.key === "Escape") {
      handlers.dismiss();
    }
  });
}
