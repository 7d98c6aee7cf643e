import Link from "next/link";
import { type Lang, withLang } from "@/lib/i18n/lang";
import { themeName } from "@/lib/i18n/theme-names";
import { themeHref } from "@/lib/pages/links";
import { slugify } from "@/lib/slug";

/** A theme's label linked to its page (themes are keyed by the slug of their label, as in the engine). */
export function ThemeLink({ label, lang = "fr" }: { label: string; lang?: Lang }) {
  return <Link prefetch={false} href={withLang(themeHref(slugify(label)), lang)}>{themeName(label, lang)}</Link>;
}
