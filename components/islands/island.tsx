"use client";
import { type ComponentType, type LazyExoticComponent, Suspense, lazy, memo, useEffect, useRef, useState } from "react";
import { markLive, wake, wakeWhenDue, whenAwake } from "./wake";
import "./island.css";

/**
 * A part of a page whose code is not in the page's first load (an "island"): the server renders
 * it whole, the browser keeps that HTML as it is (React leaves a Suspense boundary whose code is
 * not there yet dehydrated) and hydrates it when it wakes (./wake.ts): at once with a mouse, on
 * approach on a touch screen. So a phone downloads and runs the code of what it shows.
 *
 *   const MapIsland = island("map", () => import("./MapPanel").then((m) => m.MapPanel));
 *
 * While asleep the island is drawn with the props it was hydrated with: React would throw away the
 * server's HTML of a boundary updated before it could hydrate, and the panel would blank. Any new
 * render of the page wakes it, and it takes the new props once live (hydrated with the old ones,
 * then updated as usual). Woken in the render itself, not in an effect: a change of the address
 * (a filter) reaches a sleeping boundary through Next's contexts, and React holds that transition
 * until the boundary has hydrated, so no effect would run before it does.
 */
export function island<P extends object>(name: string, load: () => Promise<ComponentType<P>>, options: IslandOptions = {}): ComponentType<P> {
  const Lazy = lazy(() => whenAwake(name).then(load).then((component) => ({ default: component })));
  const visible = options.wakeWhenVisible ?? true;
  const bound = (props: P) => <Island name={name} Lazy={Lazy} props={props} visible={visible} />;
  bound.displayName = `Island(${name})`;
  return bound;
}

export interface IslandOptions {
  /**
   * On a touch screen, whether the island wakes when it nears the screen (the default) or only
   * when touched or focused: for a small control whose code is large (a button that needs the
   * label table and the presentation's code) and whose first tap can wait for it.
   */
  wakeWhenVisible?: boolean;
}

interface IslandProps<P> {
  name: string;
  Lazy: LazyExoticComponent<ComponentType<P>>;
  props: P;
  visible: boolean;
}

function Island<P extends object>({ name, Lazy, props, visible }: IslandProps<P>) {
  const element = useRef<HTMLDivElement>(null);
  const [live, setLive] = useState(false);
  const [first] = useState(props);
  // A new props object: the page rendered again (a filter, another answer). Idempotent, so safe in a render.
  if (!live && props !== first && typeof window !== "undefined") wake(name);
  useEffect(() => wakeWhenDue(name, element.current, visible), [name, visible]);
  return (
    <div ref={element} className="island" data-island={name}>
      <Sleeper Lazy={Lazy} props={live ? props : first} element={element} onLive={setLive} />
    </div>
  );
}

interface SleeperProps<P> {
  Lazy: LazyExoticComponent<ComponentType<P>>;
  props: P;
  element: React.RefObject<HTMLDivElement | null>;
  onLive: (live: boolean) => void;
}

// Memoised so that a render of the page with the same (first) props does not reach the boundary:
// an update to a dehydrated boundary whose code is not loaded makes React drop its HTML.
const Sleeper = memo(function Sleeper<P extends object>({ Lazy, props, element, onLive }: SleeperProps<P>) {
  return (
    <Suspense fallback={null}>
      <Lazy {...(props as P & React.JSX.IntrinsicAttributes)} />
      <Live element={element} onLive={onLive} />
    </Suspense>
  );
}) as <P extends object>(props: SleeperProps<P>) => React.ReactNode;

/** Renders nothing; its effect runs once the boundary around it has hydrated. */
function Live({ element, onLive }: { element: React.RefObject<HTMLDivElement | null>; onLive: (live: boolean) => void }) {
  useEffect(() => {
    onLive(true);
    if (element.current) markLive(element.current);
  }, [element, onLive]);
  return null;
}
