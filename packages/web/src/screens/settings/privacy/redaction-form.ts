// The redaction form's draft: the kinds switched on and the extra rules as typed, what it can tell
// before asking the server, and where the server's per-rule messages belong.
import type { PrivacySettings, RedactionRule } from '../../../api'

/** An extra rule being edited; `id` is stable across edits for keys, focus and error messages. */
export interface RuleDraft {
  readonly id: string
  readonly name: string
  readonly pattern: string
  readonly replacement: string
}
export type RuleField = 'name' | 'pattern' | 'replacement'
/** The whole form: each built-in kind on or off, and the extra rules in order. */
export interface Draft {
  readonly redact: PrivacySettings['redact']
  readonly rules: readonly RuleDraft[]
}

/** The form as the saved settings fill it. */
export function fromSaved(p: PrivacySettings): Draft {
  return { redact: p.redact, rules: p.extra_rules.map((r, i) => ({ id: `saved-${i}`, name: r.name, pattern: r.pattern, replacement: r.replacement ?? '' })) }
}

/** A row as `PATCH /v1/settings` takes it: an empty placeholder means the default `[name]`. */
export function toRule(r: RuleDraft): RedactionRule {
  const replacement = r.replacement.trim()
  return { name: r.name.trim(), pattern: r.pattern, ...(replacement === '' ? {} : { replacement }) }
}

/** Whether two drafts save the same thing. */
export function same(a: Draft, b: Draft): boolean {
  return JSON.stringify(a.redact) === JSON.stringify(b.redact) && JSON.stringify(a.rules.map(toRule)) === JSON.stringify(b.rules.map(toRule))
}

/** What the form can tell before asking the server (which checks names, and patterns for catastrophic backtracking). */
/** Keyed `<row id>.<field>`. */
export function ruleProblems(rows: readonly RuleDraft[]): Map<string, string> {
  const out = new Map<string, string>()
  for (const r of rows) {
    if (r.name.trim() === '') out.set(`${r.id}.name`, 'Name the rule, e.g. order_ref (lowercase letters, digits and _).')
    if (r.pattern === '') out.set(`${r.id}.pattern`, 'Enter a regular expression.')
  }
  return out
}

/** The server names a rule's field `privacy.extra_rules[0].pattern` (its own checks) or `privacy.extra_rules.0.pattern` (the schema's). */
export function ruleErrorPath(path: string): { index: number; field: RuleField } | undefined {
  const m = /^privacy\.extra_rules(?:\[(\d+)\]|\.(\d+))\.(name|pattern|replacement)$/.exec(path)
  return m === null ? undefined : { index: Number(m[1] ?? m[2]), field: m[3] as RuleField }
}
