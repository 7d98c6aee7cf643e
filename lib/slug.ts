import { normalizeName } from "./normalize";

/** "Environnement, Climat et Energie" → "environnement-climat-et-energie": stable keys for labels in URLs. */
export function slugify(label: string): string {
  return normalizeName(label).replace(/ /g, "-") || "sans-nom";
}
