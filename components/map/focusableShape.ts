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

/**
 * Puts a Leaflet SVG shape in the Tab order (countries with data) or takes it out: Leaflet offers no
 * keyboard access to vector layers. No role or name: the panes are aria-hidden, the countries
 * table being the accessible way through the same figures (a name here would duplicate every row).
 */
export function setShapeFocusable(element: Element | undefined, focusable: boolean, handlers: ShapeKeyboardHandlers): void {
  if (!element) return;
  if (!focusable) {
    element.removeAttribute("tabindex");
    return;
  }
  element.setAttribute("tabindex", "0");
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
