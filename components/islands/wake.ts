/**
 * When a sleeping island (./island.tsx) wakes, i.e. loads its code and hydrates. With a mouse, at
 * once after the page's own hydration: the island's code is then only out of the first load. On a
 * touch screen, when the island comes near the screen or is touched or focused: a phone opening a
 * dashboard link loads and runs the code of the panels it shows, not of the ten below (on a
 * mid-range phone, hydrating them all blocked the page for seconds).
 *
 * A click that lands on an island still asleep (its code loading) is held and replayed once the
 * island is live: React itself drops a click on a part it cannot hydrate yet.
 */

import { takeEarlyClicks } from "./early-clicks";

interface Gate {
  promise: Promise<void>;
  open: () => void;
}

const gates = new Map<string, Gate>();

function gateOf(name: string): Gate {
  let gate = gates.get(name);
  if (!gate) {
    let open = () => {};
    const promise = new Promise<void>((resolve) => {
      open = resolve;
    });
    gate = { promise, open };
    gates.set(name, gate);
  }
  return gate;
}

/** Resolves when the island may load its code: at once on the server, which renders every island. */
export function whenAwake(name: string): Promise<void> {
  return typeof window === "undefined" ? Promise.resolve() : gateOf(name).promise;
}

export function wake(name: string): void {
  gateOf(name).open();
}

/** A fine pointer that hovers: a desktop or laptop, where the page wakes every island at once. */
export function wakesAtOnce(): boolean {
  return typeof window.matchMedia !== "function" || window.matchMedia("(hover: hover) and (pointer: fine)").matches;
}

const LIVE = "data-island-live";
/** A held click: its target, and where it is under the island (a frozen island rebuilds its DOM). */
const held = new WeakMap<Element, { target: Element; path: number[] }>();

function pathTo(island: Element, target: Element): number[] {
  const path: number[] = [];
  for (let node: Element | null = target; node && node !== island; node = node.parentElement) {
    path.unshift(node.parentElement ? Array.prototype.indexOf.call(node.parentElement.children, node) : 0);
  }
  return path;
}

function atPath(island: Element, path: number[]): Element | null {
  let node: Element | null = island;
  for (const index of path) node = node?.children[index] ?? null;
  return node;
}

/** The island element holding `target`, if it is not live yet. */
function sleepingIsland(target: EventTarget | null): HTMLElement | null {
  if (!(target instanceof Element)) return null;
  const island = target.closest<HTMLElement>("[data-island]");
  return island && island.getAttribute(LIVE) === null ? island : null;
}

/**
 * Catches clicks on sleeping islands before React (whose listeners are on the document) sees them.
 * Installed when this module loads, before the page hydrates: a tap that comes before the island's
 * own effects have run is caught too.
 */
function holdClicksOnSleepingIslands(): void {
  const hold = (island: HTMLElement, target: Element) => {
    held.set(island, { target, path: pathTo(island, target) });
    wake(island.dataset.island ?? "");
  };
  window.addEventListener(
    "click",
    (event) => {
      const island = sleepingIsland(event.target);
      if (!island || !event.target) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      if (event.target instanceof Element) hold(island, event.target);
      else wake(island.dataset.island ?? "");
    },
    { capture: true },
  );
  // The clicks the page's inline loader held before this module ran: the last one per island.
  for (const target of takeEarlyClicks("[data-island]")) {
    const island = sleepingIsland(target);
    if (island) hold(island, target);
  }
}

type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
/** Fields changed in a sleeping island (a filter picked before the filter bar is live): their last value. */
const typed = new WeakMap<Element, Map<Field, string>>();

/**
 * Remembers a value typed or picked in a sleeping island, to give it back once live: React has no
 * handler there yet, and hydration may put the field back to its server value.
 */
function holdChangesOnSleepingIslands(): void {
  const remember = (event: Event) => {
    const island = sleepingIsland(event.target);
    const field = event.target;
    if (!island || !(field instanceof HTMLInputElement || field instanceof HTMLSelectElement || field instanceof HTMLTextAreaElement)) return;
    if (field instanceof HTMLInputElement && (field.type === "checkbox" || field.type === "radio")) return; // a click, held as such
    // Kept from React too: hydrating the island at this event, it would put the field back to its
    // server value first and report that (seen: a filter picked, then the old one written back).
    event.stopImmediatePropagation();
    const fields = typed.get(island) ?? new Map<Field, string>();
    fields.set(field, field.value);
    typed.set(island, fields);
    wake(island.dataset.island ?? "");
  };
  window.addEventListener("input", remember, { capture: true });
  window.addEventListener("change", remember, { capture: true });
}

/** Whether a field holds another value than the server wrote (changed before any script ran). */
function changedSinceServer(field: Field): boolean {
  if (field instanceof HTMLSelectElement) {
    const served = Array.from(field.options).find((option) => option.defaultSelected) ?? field.options[0];
    return (served?.value ?? "") !== field.value;
  }
  if (field instanceof HTMLInputElement && (field.type === "checkbox" || field.type === "radio")) return false;
  return field.value !== field.defaultValue;
}

/**
 * Values changed in islands before this module ran (a select picked while the page's scripts were
 * still loading): no listener saw them, so they are read off the fields, here and again when an
 * island goes live (in case hydration had not yet put them back).
 */
function rememberEarlyChanges(root: ParentNode = document): void {
  for (const field of Array.from(root.querySelectorAll<Field>("[data-island] select, [data-island] input, [data-island] textarea"))) {
    const island = sleepingIsland(field);
    if (!island || !changedSinceServer(field)) continue;
    const fields = typed.get(island) ?? new Map<Field, string>();
    if (!fields.has(field)) fields.set(field, field.value);
    typed.set(island, fields);
  }
}

/** Sets a field's value past React's tracking of it (as user input does), then tells React. */
function replayValue(field: Field, value: string): void {
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), "value")?.set;
  setter?.call(field, value);
  field.dispatchEvent(new Event("input", { bubbles: true }));
  field.dispatchEvent(new Event("change", { bubbles: true }));
}

if (typeof window !== "undefined") {
  holdClicksOnSleepingIslands();
  holdChangesOnSleepingIslands();
  rememberEarlyChanges();
}

/**
 * Marks the island live and replays the click it held, if any: on the same element (hydration
 * keeps it), else on the one at the same place (a frozen island's new DOM).
 */
export function markLive(island: HTMLElement): void {
  rememberEarlyChanges(island);
  island.setAttribute(LIVE, "");
  const fields = typed.get(island);
  typed.delete(island);
  for (const [field, value] of fields ?? []) if (field.isConnected) replayValue(field, value);
  const click = held.get(island);
  held.delete(island);
  if (!click) return;
  const target = click.target.isConnected ? click.target : atPath(island, click.path);
  // An event rather than click(): SVG elements (a chart's bars) have no click().
  target?.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, view: window }));
}

/**
 * Wakes the island `name` when it is due: at once with a mouse, else as wakeOnApproach says.
 * Returns what stops watching, if anything is watched.
 */
export function wakeWhenDue(name: string, element: HTMLElement | null, visible = true): (() => void) | undefined {
  if (wakesAtOnce()) {
    wake(name);
    return undefined;
  }
  return element ? wakeOnApproach(name, element, visible) : undefined;
}

/**
 * Wakes the island `name` when `element`'s content is touched or focused, and unless `visible` is
 * false when it nears the screen.
 */
export function wakeOnApproach(name: string, element: HTMLElement, visible = true): () => void {
  const go = () => wake(name);
  const events = ["pointerdown", "touchstart", "focusin", "mouseover"] as const;
  for (const type of events) element.addEventListener(type, go, { capture: true, passive: true });
  // The island's element has no box (display: contents): its children are watched. Those may come
  // later: a boundary the server streamed after the page's first bytes is moved into place by
  // React's inline script once revealed, so children that arrive are watched too.
  const observer = !visible
    ? undefined
    : typeof IntersectionObserver === "function"
      ? new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && go(), { rootMargin: "100px 0px" })
      : undefined;
  const watch = () => {
    for (const child of Array.from(element.children)) observer?.observe(child);
  };
  const arrivals = typeof MutationObserver === "function" ? new MutationObserver(watch) : undefined;
  if (observer) {
    watch();
    arrivals?.observe(element, { childList: true });
  } else if (visible) go();
  return () => {
    observer?.disconnect();
    arrivals?.disconnect();
    for (const type of events) element.removeEventListener(type, go, { capture: true });
  };
}
