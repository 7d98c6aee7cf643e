/**
 * Recent answers of the API as JSON text, keyed by dataset version and canonical request. An
 * answer depends on nothing else, so it is reused as is: dashboards ask the same few questions
 * again and again (the same filters from many users, back and forth in the history).
 * Least-recently-used entries are dropped past `capacity` answers or `maxChars` characters in all.
 */
export class AnswerCache {
  private readonly entries = new Map<string, string>();
  private chars = 0;

  constructor(
    private readonly capacity = 1000,
    private readonly maxChars = 32_000_000,
  ) {}

  get(key: string): string | undefined {
    const text = this.entries.get(key);
    if (text !== undefined) {
      // Map keeps insertion order: re-inserting marks the entry as the most recent.
      this.entries.delete(key);
      this.entries.set(key, text);
    }
    return text;
  }

  set(key: string, text: string): void {
    this.delete(key);
    this.entries.set(key, text);
    this.chars += text.length;
    while (this.entries.size > this.capacity || this.chars > this.maxChars) this.delete(this.entries.keys().next().value!);
  }

  private delete(key: string): void {
    const text = this.entries.get(key);
    if (text === undefined) return;
    this.entries.delete(key);
    this.chars -= text.length;
  }

  get size(): number {
    return this.entries.size;
  }
}

/** The key of a request: path and parameters sorted, so that parameter order does not matter. */
export function requestKey(version: string, url: URL): string {
  const params = [...url.searchParams].sort(([a, x], [b, y]) => a.localeCompare(b) || x.localeCompare(y));
  return `${version} ${url.pathname}?${new URLSearchParams(params).toString()}`;
}
