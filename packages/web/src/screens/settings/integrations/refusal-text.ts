/** A refused request in words: the problem's detail and, where the API named them, the fields at fault. */
export function refusalText(err: unknown): string {
  const e = err as { message: string; errors?: readonly { path: string; message: string }[] }
  return `${e.message}${e.errors === undefined || e.errors.length === 0 ? '' : ` (${e.errors.map((x) => `${x.path}: ${x.message}`).join('; ')})`}`
}
