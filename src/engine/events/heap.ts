// A binary min-heap of (time, learner) pairs in typed arrays: the event queue of the parameter-server
// simulator. Ties in time go to the lower learner index, so the pop order depends only on the keys.

/** Inserts (t, l) into the heap of size n (it becomes n + 1). */
export function heapPush(ht: Float64Array, hl: Int32Array, n: number, t: number, l: number): void {
  let i = n;
  while (i > 0) {
    const p = (i - 1) >> 1;
    const pt = ht[p];
    if (pt < t || (pt === t && hl[p] < l)) break;
    ht[i] = pt;
    hl[i] = hl[p];
    i = p;
  }
  ht[i] = t;
  hl[i] = l;
}

/**
 * Replaces the root of the heap of size n by (t, l) and restores the heap order. The arrays have
 * room for n + 1 entries and slot n holds the sentinel (+Infinity, SENTINEL): then the right child
 * always exists, and the smaller child is chosen without a branch (random times make that branch
 * unpredictable: about 15 % faster at P = 20). The pop order depends only on the keys (all
 * distinct: learner indices are), not on how the heap is laid out.
 */
export function heapReplaceTop(ht: Float64Array, hl: Int32Array, n: number, t: number, l: number): void {
  let i = 0;
  for (;;) {
    let m = 2 * i + 1;
    if (m >= n) break;
    const a = ht[m];
    const b = ht[m + 1];
    m += (+(b < a) | (+(b === a) & +(hl[m + 1] < hl[m]))) as number;
    const mt = ht[m];
    const ml = hl[m];
    if (t < mt || (t === mt && l < ml)) break;
    ht[i] = mt;
    hl[i] = ml;
    i = m;
  }
  ht[i] = t;
  hl[i] = l;
}

/** Removes the root of the heap of size n (it becomes n − 1; slot n − 1 becomes the sentinel). */
export function heapPop(ht: Float64Array, hl: Int32Array, n: number): void {
  const t = ht[n - 1];
  const l = hl[n - 1];
  ht[n - 1] = Number.POSITIVE_INFINITY;
  hl[n - 1] = SENTINEL;
  if (n > 1) heapReplaceTop(ht, hl, n - 1, t, l);
}

/** Empties the heap of size n (every slot becomes the sentinel). */
export function heapClear(ht: Float64Array, hl: Int32Array, n: number): void {
  for (let i = 0; i < n; i++) {
    ht[i] = Number.POSITIVE_INFINITY;
    hl[i] = SENTINEL;
  }
}

/** Heap arrays for up to P entries plus the sentinel slot, all sentinels. */
export function heapArrays(P: number): [Float64Array, Int32Array] {
  return [new Float64Array(P + 1).fill(Number.POSITIVE_INFINITY), new Int32Array(P + 1).fill(SENTINEL)];
}

/** The learner index of an empty slot (larger than any learner). */
export const SENTINEL = 0x7fffffff;
