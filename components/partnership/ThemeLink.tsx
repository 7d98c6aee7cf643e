import Link from "next/link";
import { themeHref } from "@/lib/pages/links";
import { slugify } from "@/lib/slug";

/** A theme's label linked to its page (themes are keyed by the slug of their label, as in the engine). */
export function ThemeLink({ label }: { label: string }) {
  return <Link prefetch={false} href={themeHref(slugify(label))}>{label}</Link>;
}
