/** One item of a pagination bar: a page link or a gap. */
export type PaginationItem = { kind: "page"; page: number; current: boolean } | { kind: "ellipsis"; after: number };

/**
 * The numbered items of a pagination bar for page `page` of `pageCount`: the first and last pages,
 * the current one with `siblings` pages on each side, and an ellipsis for each gap (a gap of a
 * single page shows that page instead: an ellipsis would take as much room). A page beyond the
 * last keeps the window at the end, with no current item. Empty when there is no page.
 */
export function paginationItems(page: number, pageCount: number, siblings = 1): PaginationItem[] {
  if (pageCount < 1) return [];
  const center = Math.min(Math.max(page, 1), pageCount);
  const shown = new Set([1, pageCount]);
  for (let p = center - siblings; p <= center + siblings; p += 1) if (p >= 1 && p <= pageCount) shown.add(p);
  const pages = [...shown].sort((a, b) => a - b);
  const items: PaginationItem[] = [];
  let previous = 0;
  for (const p of pages) {
    if (p - previous === 2) items.push({ kind: "page", page: p - 1, current: p - 1 === page });
    else if (p - previous > 2) items.push({ kind: "ellipsis", after: previous });
    items.push({ kind: "page", page: p, current: p === page });
    previous = p;
  }
  return items;
}
