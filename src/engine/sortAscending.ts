// Sorting P compute times ascending, the inner step of every order-statistics loop (K-sync's
// iteration, ksyncAllK, the Monte Carlo of E[X_{K:P}]).

/** Sorts a ascending in place: insertion sort up to 48 entries (faster there than the built-in), else the built-in. */
export function sortAscending(a: Float64Array): void {
  const n = a.length;
  if (n > 48) {
    a.sort();
    return;
  }
  for (let i = 1; i < n; i++) {
    const x = a[i];
    let j = i - 1;
    while (j >= 0 && a[j] > x) {
      a[j + 1] = a[j];
      j--;
    }
    a[j + 1] = x;
  }
}
