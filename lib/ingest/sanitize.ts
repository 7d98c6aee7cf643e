/**
 * Characters that have no place in a partnership's text and can do harm where it is shown:
 * C0/C1 controls other than tab and line breaks (a NUL or an ESC sequence in a CSV export or a
 * terminal), and the bidirectional embeddings, overrides and isolates that reorder what a reader
 * sees ("Trojan source"). The left-to-right and right-to-left marks are kept: Arabic and Hebrew
 * names copied from a page legitimately carry them, and they reorder nothing around them.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const UNWANTED = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const NAMES = new Map<string, string>([
  ["\u0000", "NUL"], ["\u001b", "ESC"], ["\u007f", "DEL"],
  ["\u202a", "left-to-right embedding"], ["\u202b", "right-to-left embedding"], ["\u202c", "pop directional formatting"],
  ["\u202d", "left-to-right override"], ["\u202e", "right-to-left override"],
  ["\u2066", "left-to-right isolate"], ["\u2067", "right-to-left isolate"], ["\u2068", "first strong isolate"], ["\u2069", "pop directional isolate"],
]);

/** "U+202E (right-to-left override)". */
export function describeCharacter(character: string): string {
  const code = character.codePointAt(0)!;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  return `${hex} (${NAMES.get(character) ?? "control character"})`;
}

/** What was removed from one text field. */
export interface RemovedCharacters {
  /** The field's path in the record ("title", "foreignPartners.0.name"). */
  field: string;
  /** Each distinct character removed, described. */
  characters: string[];
  count: number;
}

/** A text without its unwanted characters, and what they were. */
export function cleanText(text: string): { text: string; removed: string[] } {
  const removed: string[] = [];
  const cleaned = text.replace(UNWANTED, (character) => {
    removed.push(character);
    return "";
  });
  return { text: cleaned, removed };
}

/**
 * Removes unwanted characters from every string of a parsed record (any format: the same walk for
 * fiches, CSV, spreadsheets and JSON), and lists each field it changed. A value left empty by the
 * removal stays an empty string: the model's validation then names the field.
 */
export function sanitizeRecord<T>(record: T): { record: T; removed: RemovedCharacters[] } {
  const removed: RemovedCharacters[] = [];
  const walk = (value: unknown, path: string): unknown => {
    if (typeof value === "string") {
      const { text, removed: characters } = cleanText(value);
      if (characters.length === 0) return value;
      removed.push({ field: path, characters: [...new Set(characters)].map(describeCharacter), count: characters.length });
      return text;
    }
    if (Array.isArray(value)) return value.map((item, index) => walk(item, `${path}.${index}`));
    if (value && typeof value === "object") {
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, walk(item, path ? `${path}.${key}` : key)]));
    }
    return value;
  };
  return { record: walk(record, "") as T, removed };
}
