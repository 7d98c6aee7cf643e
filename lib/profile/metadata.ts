import type { Metadata } from "next";
import { PROFILE_KINDS, type ProfileKind } from "./kinds";

/** A profile page's title and description, from its entity; the 404's title when the entity is unknown. */
export function profileMetadata(kind: ProfileKind, entity: { name: string; description: string } | null): Metadata {
  if (!entity) return { title: PROFILE_KINDS[kind].missingTitle };
  return { title: `${entity.name} : coopération décentralisée`, description: entity.description };
}
