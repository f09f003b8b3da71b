// The kinds of personal data the redactor knows, and the placeholder each is replaced by.

/** The kinds of personal data found by built-in rules. */
export const PII_KINDS = ['email', 'phone', 'card', 'iban', 'ip', 'national_id'] as const

/** One kind of personal data found by a built-in rule. */
export type PiiKind = (typeof PII_KINDS)[number]

/** The placeholder a kind is replaced by: `[email]`, `[phone]`, … */
export function placeholderOf(kind: PiiKind): string {
  return `[${kind}]`
}
