// Redaction: a text with its personal data replaced by typed placeholders, before anything stores,
// reads or sends it.
import { type PiiSpan, findPii } from './find-pii.js'
import { type PiiKind, placeholderOf } from './pii-kinds.js'
import { type RedactionPolicy, type RedactionRule, redactionRuleProblems, replacementOf } from './redaction-policy.js'

/** A redacted text and what was replaced in it, by kind (a built-in kind or an extra rule's name). */
export interface Redaction {
  readonly text: string
  readonly found: readonly { readonly kind: PiiKind | string; readonly count: number }[]
}

/** A policy made ready to run on many texts. */
export type Redactor = (text: string) => Redaction

/**
 * The most characters an extra rule sees at once: a long text is cut at whitespace into pieces of
 * at most this many, so a rule that is slow on long input (quadratic at worst, see
 * `patternProblem`) stays bounded per piece.
 */
export const RULE_WINDOW = 1024

/** Redacting again stops after this many passes (a pass that replaces nothing ends it sooner). */
const MAX_PASSES = 4

interface CompiledRule {
  readonly name: string
  readonly re: RegExp
  readonly replacement: string
}

/** Pieces of `text` of at most RULE_WINDOW characters, cut at whitespace where there is some near the end. */
function windows(text: string): string[] {
  if (text.length <= RULE_WINDOW) return [text]
  const out: string[] = []
  let from = 0
  while (text.length - from > RULE_WINDOW) {
    let cut = from + RULE_WINDOW
    const space = text.slice(from + RULE_WINDOW / 2, cut).search(/\s\S*$/)
    if (space >= 0) cut = from + RULE_WINDOW / 2 + space + 1
    out.push(text.slice(from, cut))
    from = cut
  }
  out.push(text.slice(from))
  return out
}

/** One pass: the built-in kinds first (the first of overlapping findings kept), then each extra rule. */
function pass(text: string, kinds: ReadonlySet<PiiKind>, rules: readonly CompiledRule[], counts: Map<string, number>): string {
  let out = text
  if (kinds.size > 0) {
    const kept: PiiSpan[] = []
    let taken: Uint8Array | undefined
    findPii(text, kinds, (s) => {
      taken ??= new Uint8Array(text.length)
      for (let i = s.start; i < s.end; i++) if (taken[i] === 1) return
      taken.fill(1, s.start, s.end)
      kept.push(s)
    })
    if (kept.length > 0) {
      kept.sort((a, b) => a.start - b.start)
      let built = ''
      let at = 0
      for (const s of kept) {
        built += text.slice(at, s.start) + placeholderOf(s.kind)
        at = s.end
        counts.set(s.kind, (counts.get(s.kind) ?? 0) + 1)
      }
      out = built + text.slice(at)
    }
  }
  for (const rule of rules) {
    let hits = 0
    const replaced = windows(out).map((w) =>
      w.replace(rule.re, () => {
        hits++
        return rule.replacement
      }),
    )
    if (hits > 0) {
      out = replaced.join('')
      counts.set(rule.name, (counts.get(rule.name) ?? 0) + hits)
    }
  }
  return out
}

/**
 * The policy made ready: its extra rules checked and compiled once. Throws when a rule is refused
 * (settings are checked when written, so this means a stored document was edited by hand).
 */
export function compileRedactor(policy: RedactionPolicy): Redactor {
  const problems = redactionRuleProblems(policy.rules)
  if (problems.length > 0) throw new Error(`redaction rules refused: ${problems.map((p) => `${p.index}.${p.field} ${p.message}`).join('; ')}`)
  const kinds = new Set(policy.kinds)
  const rules = policy.rules.map((r: RedactionRule): CompiledRule => ({ name: r.name, re: new RegExp(r.pattern, 'gu'), replacement: replacementOf(r) }))
  return (text) => {
    // Every built-in kind needs a digit, an @ or (IPv6) a colon: most messages stop here.
    if (rules.length === 0 && !MAY_HOLD_PII.test(text)) return { text, found: [] }
    const counts = new Map<string, number>()
    let out = text
    // Replacing can change what is around a finding; passes go on until one finds nothing, so
    // redacting a redacted text changes nothing.
    for (let i = 0; i < MAX_PASSES; i++) {
      const before = counts.size === 0 ? 0 : [...counts.values()].reduce((a, b) => a + b, 0)
      out = pass(out, kinds, rules, counts)
      const after = counts.size === 0 ? 0 : [...counts.values()].reduce((a, b) => a + b, 0)
      if (after === before) break
    }
    return { text: out, found: [...counts].map(([kind, count]) => ({ kind, count })) }
  }
}

const MAY_HOLD_PII = /[\d@:]/

const compiled = new WeakMap<RedactionPolicy, Redactor>()

/**
 * `text` with the personal data `policy` names replaced by placeholders (`[email]`, `[phone]`,
 * `[card]`, `[iban]`, `[ip]`, `[national_id]`, or an extra rule's replacement), and what was found.
 * A policy is compiled the first time it is used; keep the policy object to reuse it, or hold a
 * `compileRedactor` result.
 */
export function redactText(text: string, policy: RedactionPolicy): Redaction {
  let redactor = compiled.get(policy)
  if (redactor === undefined) {
    redactor = compileRedactor(policy)
    compiled.set(policy, redactor)
  }
  return redactor(text)
}
