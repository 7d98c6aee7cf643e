/**
 * Recent answers of the API as JSON text, keyed by dataset version and canonical request. An
 * answer depends on nothing else, so it is reused as is: dashboards ask the same few questions
 * again and again (the same filters from many users, back and forth in the history).
 * Least-recently-used entries are dropped past `capacity` answers or `maxChars` characters and bytes in all.
 * Each answer is also kept as the UTF-8 bytes sent, encoded on its first send: some answers weigh
 * hundreds of kilobytes (every financer), and encoding them again for each request cost a tenth of
 * the server's time under load.
 */
export class AnswerCache {
  private readonly entries = new Map<string, string>();
  private readonly encoded = new Map<string, Uint8Array<ArrayBuffer>>();
  private readonly encoder = new TextEncoder();
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

  /** The answer as UTF-8 bytes (encoded once), or undefined when it is not cached. */
  bytes(key: string): Uint8Array<ArrayBuffer> | undefined {
    const text = this.get(key);
    if (text === undefined) return undefined;
    let bytes = this.encoded.get(key);
    if (bytes === undefined) {
      bytes = this.encoder.encode(text);
      this.encoded.set(key, bytes);
      this.chars += bytes.byteLength;
    }
    return bytes;
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
    this.chars -= text.length + (this.encoded.get(key)?.byteLength ?? 0);
    this.encoded.delete(key);
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
