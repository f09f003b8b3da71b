/**
 * What went wrong parsing a line of JSON, without quoting it: V8's messages quote the input
 * ("Unexpected token 'h', "hello jane@…" is not valid JSON"), and the input is a customer's
 * message, which must not reach an error answer, a log or a terminal.
 */
export function jsonErrorWithoutText(err: unknown): string {
  const at = /position (\d+)/.exec(err instanceof Error ? err.message : String(err))
  return at === null ? 'not valid JSON' : `not valid JSON (at character ${at[1]})`
}
