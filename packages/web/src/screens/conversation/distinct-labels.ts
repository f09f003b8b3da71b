/**
 * The labels of a conversation's header (channel, product area, tags) without blanks or repeats: a
 * tag that says the product area again ("export" as both) is shown once, whatever its case.
 */
export function distinctLabels(values: readonly (string | null | undefined)[]): string[] {
  const seen = new Set<string>()
  const out: string[] = []
  for (const v of values) {
    const trimmed = v?.trim() ?? ''
    const key = trimmed.toLowerCase()
    if (key === '' || seen.has(key)) continue
    seen.add(key)
    out.push(trimmed)
  }
  return out
}
