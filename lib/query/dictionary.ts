/** Interns string keys as dense integer ids, keeping a display label for each. */
export class Dictionary {
  readonly keys: string[] = [];
  readonly labels: string[] = [];
  private readonly ids = new Map<string, number>();

  /** A dictionary with these keys and labels, in id order (as saved in a snapshot). */
  static restore(keys: readonly string[], labels: readonly string[]): Dictionary {
    const dictionary = new Dictionary();
    keys.forEach((key, id) => {
      dictionary.intern(key, labels[id]!);
    });
    return dictionary;
  }

  /** The id of `key`, adding it with `label` the first time it is seen. */
  intern(key: string, label: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.ids.set(key, id);
      this.keys.push(key);
      this.labels.push(label);
    }
    return id;
  }

  idOf(key: string): number | undefined {
    return this.ids.get(key);
  }

  get size(): number {
    return this.keys.length;
  }

  private ranks: Int32Array | undefined;

  /** Each id's position in French alphabetical order of labels (ties of a breakdown sort by it). */
  labelRanks(): Int32Array {
    if (!this.ranks || this.ranks.length !== this.keys.length) {
      const collator = new Intl.Collator("fr");
      const order = this.labels.map((_, id) => id).sort((a, b) => collator.compare(this.labels[a]!, this.labels[b]!));
      const ranks = new Int32Array(this.keys.length);
      order.forEach((id, rank) => {
        ranks[id] = rank;
      });
      this.ranks = ranks;
    }
    return this.ranks;
  }
}

/**
 * A compressed list of ids per partnership (CSR layout): the ids of partnership p are
 * `ids[offsets[p]] … ids[offsets[p + 1] - 1]`. Compact and fast to scan at 127,000 records.
 */
export class IdLists {
  constructor(
    readonly offsets: Int32Array,
    readonly ids: Int32Array,
  ) {}

  static fromLists(lists: readonly (readonly number[])[]): IdLists {
    const offsets = new Int32Array(lists.length + 1);
    let total = 0;
    lists.forEach((list, p) => {
      offsets[p] = total;
      total += list.length;
    });
    offsets[lists.length] = total;
    const ids = new Int32Array(total);
    lists.forEach((list, p) => {
      ids.set(list, offsets[p]!);
    });
    return new IdLists(offsets, ids);
  }

  has(p: number, wanted: ReadonlySet<number>): boolean {
    for (let i = this.offsets[p]!; i < this.offsets[p + 1]!; i += 1) if (wanted.has(this.ids[i]!)) return true;
    return false;
  }
}
