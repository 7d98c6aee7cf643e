import type { Metadata } from "next";
import { type Lang, labelsOf } from "../labels";
import type { ProfileKind } from "./kinds";

/** A profile page's title and description, from its entity; the 404's title when the entity is unknown. */
export function profileMetadata(kind: ProfileKind, entity: { name: string; description: string } | null, lang: Lang = "fr"): Metadata {
  const text = labelsOf(lang).pages.profile;
  if (!entity) return { title: text.kinds[kind].missingTitle };
  return { title: text.metaTitle(entity.name), description: entity.description };
}
