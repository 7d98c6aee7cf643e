/**
 * Positions `start … end - 1` of the ranking of the indices 0 … n - 1 by `before` (negative when
 * a ranks first), without sorting them all when the slice is near the top: a page of 20 among
 * 20,000 keeps a heap of the best `end` (n log end) rather than sorting n (n log n).
 * `before` must be a strict total order (no two indices equal), so that every slice agrees.
 */
export function rankedSlice(n: number, before: (a: number, b: number) => number, start: number, end: number): Int32Array {
  const stop = Math.min(end, n);
  if (start >= stop) return new Int32Array(0);
  if (stop * 8 >= n) {
    const all = new Int32Array(n);
    for (let i = 0; i < n; i += 1) all[i] = i;
    return all.sort(before).subarray(start, stop);
  }
  // A heap whose root is the index that ranks last among the best `stop` seen so far.
  const heap = new Int32Array(stop);
  let size = 0;
  const siftUp = (at: number) => {
    let child = at;
    while (child > 0) {
      const parent = (child - 1) >> 1;
      if (before(heap[parent]!, heap[child]!) >= 0) break;
      [heap[parent], heap[child]] = [heap[child]!, heap[parent]!];
      child = parent;
    }
  };
  const siftDown = () => {
    let parent = 0;
    for (;;) {
      const left = 2 * parent + 1;
      if (left >= size) break;
      const right = left + 1;
      const last = right < size && before(heap[right]!, heap[left]!) > 0 ? right : left;
      if (before(heap[parent]!, heap[last]!) >= 0) break;
      [heap[parent], heap[last]] = [heap[last]!, heap[parent]!];
      parent = last;
    }
  };
  for (let i = 0; i < n; i += 1) {
    if (size < stop) {
      heap[size] = i;
      size += 1;
      siftUp(size - 1);
    } else if (before(i, heap[0]!) < 0) {
      heap[0] = i;
      siftDown();
    }
  }
  return heap.sort(before).subarray(start, stop);
}
