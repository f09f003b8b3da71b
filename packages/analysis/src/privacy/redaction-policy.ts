// What a workspace redacts: which built-in kinds are on, and its own extra rules, with the check a
// rule passes before it is accepted.
import { patternProblem } from './pattern-safety.js'
import { PII_KINDS, type PiiKind, placeholderOf } from './pii-kinds.js'

/** A workspace's own rule: text matching `pattern` (a JavaScript regular expression, `u` flag) becomes `replacement`, by default `[name]`. */
export interface RedactionRule {
  readonly name: string
  readonly pattern: string
  readonly replacement?: string | undefined
}

/** What to redact: the built-in kinds that are on, and extra rules. */
export interface RedactionPolicy {
  readonly kinds: readonly PiiKind[]
  readonly rules: readonly RedactionRule[]
}

/** Every built-in kind on, no extra rules: what a workspace gets unless it says otherwise. */
export const DEFAULT_REDACTION_POLICY: RedactionPolicy = { kinds: PII_KINDS, rules: [] }

/** The most extra rules a workspace may have. */
export const MAX_REDACTION_RULES = 20
/** The longest replacement a rule may have. */
export const MAX_REPLACEMENT_LENGTH = 40
const RULE_NAME = /^[a-z][a-z0-9_]{0,39}$/

/** The text a rule puts in place of what it matches. */
export function replacementOf(rule: RedactionRule): string {
  return rule.replacement ?? `[${rule.name}]`
}

/**
 * The problems of a list of extra rules, each with the index of its rule: a name that is not
 * snake_case or is used twice, a pattern `patternProblem` refuses (see there: nested quantifiers,
 * overlapping alternatives under a repetition, back-references, unbounded lookbehind, longer than
 * MAX_PATTERN_LENGTH), and a pattern that would match inside a placeholder (so a redacted text
 * would change when redacted again).
 */
export function redactionRuleProblems(rules: readonly RedactionRule[]): { index: number; field: 'name' | 'pattern' | 'replacement' | 'rules'; message: string }[] {
  const out: { index: number; field: 'name' | 'pattern' | 'replacement' | 'rules'; message: string }[] = []
  if (rules.length > MAX_REDACTION_RULES) out.push({ index: -1, field: 'rules', message: `at most ${MAX_REDACTION_RULES} extra rules` })
  const placeholders = [...PII_KINDS.map(placeholderOf), ...rules.map(replacementOf)]
  const names = new Set<string>()
  rules.forEach((rule, index) => {
    if (!RULE_NAME.test(rule.name)) out.push({ index, field: 'name', message: 'must be 1–40 lowercase letters, digits or _, starting with a letter' })
    else if (names.has(rule.name) || (PII_KINDS as readonly string[]).includes(rule.name)) out.push({ index, field: 'name', message: `"${rule.name}" is already used` })
    names.add(rule.name)
    const replacement = replacementOf(rule)
    if (replacement.length > MAX_REPLACEMENT_LENGTH) out.push({ index, field: 'replacement', message: `must be at most ${MAX_REPLACEMENT_LENGTH} characters` })
    // A digit or an @ could make the built-in rules find something in the placeholder itself.
    else if (/[\d@]/.test(replacement)) out.push({ index, field: 'replacement', message: 'may not contain digits or "@"' })
    const problem = patternProblem(rule.pattern)
    if (problem !== undefined) {
      out.push({ index, field: 'pattern', message: problem })
      return
    }
    const re = new RegExp(rule.pattern, 'u')
    const hit = placeholders.find((p) => re.test(p))
    if (hit !== undefined) out.push({ index, field: 'pattern', message: `matches inside the placeholder "${hit}", so redacted text would change when redacted again` })
  })
  return out
}
