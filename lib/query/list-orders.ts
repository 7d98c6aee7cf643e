import { countryNameFr } from "../countries";
import type { Partnership } from "../model";

/** Partnership positions in ascending order of each static sort key of lists. */
export interface ListOrders {
  title: Int32Array;
  country: Int32Array;
  startYear: Int32Array;
}

const collator = new Intl.Collator("fr", { sensitivity: "base", numeric: true });

export const firstLine = (title: string) => title.split("\n", 1)[0]!;

function countryLabel(p: Partnership): string {
  const partner = p.foreignPartners[0];
  return partner ? (partner.country ? countryNameFr(partner.country) : partner.countryName) : "\uffff";
}

/** Sorts once, when the index is built: ties keep the dataset's order. */
export function buildListOrders(partnerships: readonly Partnership[], startYear: Int16Array): ListOrders {
  const positions = () => Array.from({ length: partnerships.length }, (_, p) => p);
  const byLabel = (labels: string[]) => Int32Array.from(positions().sort((a, b) => collator.compare(labels[a]!, labels[b]!) || a - b));
  return {
    title: byLabel(partnerships.map((p) => firstLine(p.title))),
    country: byLabel(partnerships.map(countryLabel)),
    startYear: Int32Array.from(positions().sort((a, b) => startYear[a]! - startYear[b]! || a - b)),
  };
}
