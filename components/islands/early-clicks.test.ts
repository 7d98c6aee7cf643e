import { afterEach, describe, expect, it, vi } from "vitest";
import { EARLY_CLICKS_GLOBAL } from "@/lib/early-clicks";

/** A clicked element: connected or not, under the selectors it is given. */
const target = (under: string[], isConnected = true) => ({ isConnected, closest: (selector: string) => (under.includes(selector) ? {} : null) });

async function freshModule(held: unknown[] | undefined) {
  vi.resetModules();
  const take = vi.fn(() => held ?? []);
  vi.stubGlobal("window", held === undefined ? {} : { [EARLY_CLICKS_GLOBAL]: take });
  return { ...(await import("./early-clicks")), take };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("takeEarlyClicks", () => {
  it("stops the loader's holding once, and gives each asker its own clicks once", async () => {
    const onIsland = target(["[data-island]"]);
    const onMenu = target(["[data-fr-opened]"]);
    const gone = target(["[data-island]"], false);
    const { takeEarlyClicks, take } = await freshModule([onIsland, onMenu, gone]);
    expect(takeEarlyClicks("[data-island]")).toEqual([onIsland]);
    expect(takeEarlyClicks("[data-island]")).toEqual([]);
    expect(takeEarlyClicks("[data-fr-opened]")).toEqual([onMenu]);
    expect(take).toHaveBeenCalledTimes(1);
  });

  it("gives nothing on a page the loader did not rewrite", async () => {
    const { takeEarlyClicks } = await freshModule(undefined);
    expect(takeEarlyClicks("[data-island]")).toEqual([]);
  });
});
