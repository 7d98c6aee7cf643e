import { normalizeName } from "../normalize";

/**
 * An inverted index of the words of each partnership's title and description (normalized: no
 * accents, lower case, punctuation as spaces). The vocabulary is sorted by code unit, so that the
 * words starting with a prefix are one contiguous run of it; partnerships of vocabulary[w] are
 * postings[start[w]] … postings[start[w + 1] - 1], in ascending order.
 */
export interface WordIndex {
  vocabulary: string[];
  start: Int32Array;
  postings: Int32Array;
}

/** Indexes one text per partnership. */
export function buildWordIndex(texts: readonly string[]): WordIndex {
  const byWord = new Map<string, number[]>();
  texts.forEach((text, p) => {
    for (const word of new Set(normalizeName(text).split(" "))) {
      if (!word) continue;
      const list = byWord.get(word);
      if (list) list.push(p);
      else byWord.set(word, [p]);
    }
  });
  // Plain sort compares code units: the order prefix ranges need (localeCompare would not do).
  const vocabulary = [...byWord.keys()].sort();
  const start = new Int32Array(vocabulary.length + 1);
  let total = 0;
  vocabulary.forEach((word, w) => {
    start[w] = total;
    total += byWord.get(word)!.length;
  });
  start[vocabulary.length] = total;
  const postings = new Int32Array(total);
  vocabulary.forEach((word, w) => {
    postings.set(byWord.get(word)!, start[w]!);
  });
  return { vocabulary, start, postings };
}

/** The first position of the vocabulary not before `prefix`. */
function lowerBound(vocabulary: readonly string[], prefix: string): number {
  let low = 0;
  let high = vocabulary.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (vocabulary[middle]! < prefix) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The partnerships whose text has, for every word of `q`, a word starting with it (accents and
 * case ignored): 1 at their position. Null when `q` has no word, which filters nothing.
 */
export function matchWords(index: WordIndex, count: number, q: string): Uint8Array | null {
  const words = normalizeName(q).split(" ").filter(Boolean);
  if (words.length === 0) return null;
  // matched[p] = how many of the query's words p has matched so far, in order.
  const matched = new Uint16Array(count);
  words.forEach((word, i) => {
    for (let w = lowerBound(index.vocabulary, word); w < index.vocabulary.length && index.vocabulary[w]!.startsWith(word); w += 1) {
      for (let k = index.start[w]!; k < index.start[w + 1]!; k += 1) {
        const p = index.postings[k]!;
        if (matched[p] === i) matched[p] = i + 1;
      }
    }
  });
  const result = new Uint8Array(count);
  for (let p = 0; p < count; p += 1) if (matched[p] === words.length) result[p] = 1;
  return result;
}
