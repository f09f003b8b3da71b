/** Orders `[key, value]` entries by key (code-unit order), e.g. to write shared rows in one global order. */
export function byKey(a: readonly [string, unknown], b: readonly [string, unknown]): number {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0
}
