import { describe, expect, it } from "vitest";
import { fitView, project, viewBoxOf } from "./leaflet-view";

// The browser test e2e/map-preview.spec.ts checks these against Leaflet itself (the same view
// before and after it takes over); here, the arithmetic on cases worked out by hand.
describe("project (Leaflet's EPSG:3857 at zoom 0)", () => {
  it("puts (0, 0) at the centre of the 256 px world and its corners at ±180°, ±85.05°", () => {
    expect(project([0, 0])).toEqual([128, 128]);
    const [x, y] = project([85.0511287798, 180]);
    expect(x).toBeCloseTo(256, 9);
    expect(y).toBeCloseTo(0, 6);
    expect(project([89, -180])[1]).toBeCloseTo(0, 6); // clamped as Leaflet clamps
  });
});

describe("fitView (map.fitBounds)", () => {
  const options = { snap: 0.25, minZoom: 0, maxZoom: 7 };

  it("fits a box's width or height, whichever limits, snapped down to a quarter level", () => {
    // 90° of longitude = 64 px at zoom 0: 300 px wide fits log2(300 / 64) = 2.23 → 2.
    const box: [[number, number], [number, number]] = [[-10, 0], [10, 90]];
    expect(fitView(box, 300, 1000, options).zoom).toBe(2);
    // 1 % under a quarter level still counts as that level (Leaflet's tolerance).
    expect(fitView(box, 64 * 2 ** 2.249, 1000, options).zoom).toBe(2.25);
    expect(fitView(box, 300, 1000, { ...options, snap: 0 }).zoom).toBeCloseTo(Math.log2(300 / 64), 9);
  });

  it("centres on the box's projected middle, and caps the zoom by fitBounds's maxZoom", () => {
    const view = fitView([[-1, -1], [1, 1]], 800, 600, { ...options, fitMaxZoom: 5 });
    expect(view.zoom).toBe(5);
    expect(view.center[0]).toBeCloseTo(128, 9);
    expect(view.center[1]).toBeCloseTo(128, 9);
  });

  it("keeps the view inside maxBounds", () => {
    const maxBounds: [[number, number], [number, number]] = [[-75, -200], [70, 200]];
    // The box reaches 76° N, past the bounds' 70° N: the view is pushed south until its top edge is at 70°.
    const free = fitView([[60, -20], [76, 20]], 400, 400, options);
    const kept = fitView([[60, -20], [76, 20]], 400, 400, { ...options, maxBounds });
    expect(kept.zoom).toBe(free.zoom);
    const top = kept.center[1] - 200 / 2 ** kept.zoom;
    expect(Math.abs(top - project([70, 0])[1]) * 2 ** kept.zoom).toBeLessThanOrEqual(1);
    // A box well inside the bounds is left as it is.
    expect(fitView([[40, -10], [50, 10]], 400, 400, { ...options, maxBounds })).toEqual(fitView([[40, -10], [50, 10]], 400, 400, options));
  });
});

describe("viewBoxOf", () => {
  it("is the container's size at the view's scale, centred on the view's centre", () => {
    expect(viewBoxOf({ zoom: 1, center: [128, 100] }, 512, 256)).toEqual([0, 36, 256, 128]);
    expect(viewBoxOf({ zoom: 1, center: [128, 100] }, 512, 256, 4)).toEqual([0, 144, 1024, 512]);
  });
});
