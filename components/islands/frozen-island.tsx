"use client";
import { type ComponentType, useEffect, useRef, useState } from "react";
import { serverIslands } from "#island-server";
import { markLive, wake, wakeWhenDue, whenAwake } from "./wake";
import "./island.css";

const KEEP = { __html: "" };

/**
 * An island (./island.tsx) without a Suspense boundary, for a part a page without JavaScript must
 * still show (a profile page's charts). React streams a Suspense boundary that comes after the
 * page's first 12.8 KB out of order, and only its inline script puts it in place; this one the
 * server renders in place (its component from "#island-server", server-components.tsx). The
 * browser keeps that HTML under an empty dangerouslySetInnerHTML, which React hydrates without
 * touching, and on waking renders the component itself: the DOM is built anew (a held click is
 * replayed on the element at the same place). Not for a component that keeps server HTML of its
 * own (the map's drawing): rendered by the browser, that would come out empty.
 *
 *   export const YearFundingPanel = frozenIsland("profile-years", () => import("../charts/YearFundingPanel").then((m) => m.YearFundingPanel));
 *
 * The name must be in server-components.tsx.
 */
export function frozenIsland<P extends object>(name: string, load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const bound = (props: P) => <FrozenIsland name={name} load={load} props={props} />;
  bound.displayName = `FrozenIsland(${name})`;
  return bound;
}

interface FrozenIslandProps<P> {
  name: string;
  load: () => Promise<ComponentType<P>>;
  props: P;
}

function FrozenIsland<P extends object>({ name, load, props }: FrozenIslandProps<P>) {
  const element = useRef<HTMLDivElement>(null);
  const [Component, setComponent] = useState<ComponentType<P> | null>(null);
  const [first] = useState(props);
  // New props (another page's answer): the kept HTML is stale, so the island wakes.
  if (Component === null && props !== first && typeof window !== "undefined") wake(name);
  useEffect(() => {
    let current = true;
    void whenAwake(name)
      .then(load)
      .then((loaded) => current && setComponent(() => loaded));
    const stop = wakeWhenDue(name, element.current);
    return () => {
      current = false;
      stop?.();
    };
  }, [name, load]);
  useEffect(() => {
    if (Component && element.current) markLive(element.current);
  }, [Component]);
  if (typeof window === "undefined") {
    const Server = serverIslands?.[name] as ComponentType<P> | undefined;
    if (!Server) throw new Error(`frozen island "${name}" has no component in components/islands/server-components.tsx`);
    return (
      <div className="island" data-island={name}>
        <Server {...props} />
      </div>
    );
  }
  if (!Component) {
    // biome-ignore lint/security/noDangerouslySetInnerHtml: empty, so that React keeps the server's HTML as it is (see above)
    return <div ref={element} className="island" data-island={name} dangerouslySetInnerHTML={KEEP} suppressHydrationWarning />;
  }
  return (
    <div ref={element} className="island" data-island={name}>
      <Component {...props} />
    </div>
  );
}
