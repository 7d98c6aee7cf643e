import { slugify } from "../slug";

/** Past this, a title's slug is cut at a word: some systems and mail clients mangle long names. */
const MAX_SLUG_LENGTH = 80;

/**
 * A safe ASCII file name for an export: "Financements déclarés par thématique", "2026-11-30", "csv"
 * → "financements-declares-par-thematique-2026-11-30.csv". The date goes through the slug too, so
 * that whatever the caller passes cannot add a path separator or a second extension.
 */
export function exportFileName(title: string, date: string, extension: string): string {
  let slug = slugify(title);
  if (slug.length > MAX_SLUG_LENGTH) {
    const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
    const lastHyphen = cut.lastIndexOf("-");
    slug = lastHyphen > 0 ? cut.slice(0, lastHyphen) : cut.slice(0, MAX_SLUG_LENGTH);
  }
  const datePart = date.trim() ? `-${slugify(date)}` : "";
  return `${slug}${datePart}.${extension}`;
}
