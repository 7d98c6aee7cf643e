import type { GeoPermissibleObjects, GeoStreamWrapper } from "d3";
import { geoPath } from "d3";

/**
 * An SVG path of a shape in whole units of `projection`, with relative moves: "M512 300l3-2 1 4…z".
 * About a third of d3's absolute, one-decimal path for the world map drawn in HTML (MapPreviewSvg),
 * where a unit is under a screen pixel. Points that round onto the previous one are dropped, and so
 * are rings left with fewer than three.
 */
export function compactPath(projection: GeoStreamWrapper, object: GeoPermissibleObjects): string {
  let out = "";
  let ring: [number, number][] = [];
  const flush = () => {
    if (ring.length >= 3) {
      let [px, py] = ring[0] as [number, number];
      out += `M${px} ${py}`;
      for (let i = 1; i < ring.length; i += 1) {
        const [x, y] = ring[i] as [number, number];
        out += `${i === 1 ? "l" : ""}${signed(x - px, i === 1)}${signed(y - py, false)}`;
        px = x;
        py = y;
      }
      out += "z";
    }
    ring = [];
  };
  const add = (x: number, y: number) => {
    const point: [number, number] = [Math.round(x), Math.round(y)];
    const last = ring.at(-1);
    if (!last || last[0] !== point[0] || last[1] !== point[1]) ring.push(point);
  };
  geoPath(projection, {
    moveTo: (x: number, y: number) => {
      flush();
      add(x, y);
    },
    lineTo: add,
    closePath: flush,
    arc: () => {},
  } as unknown as CanvasRenderingContext2D)(object);
  flush();
  return out;
}

/** A number after another in a path: a minus sign separates by itself, a positive one needs a space. */
const signed = (value: number, first: boolean) => (value < 0 || first ? String(value) : ` ${value}`);
