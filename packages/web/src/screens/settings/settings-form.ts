import type { FieldError, SettingsPatch } from '../../api'

/** Thresholds and weights as the analysis settings hold them (overrides, effective, defaults): nested groups of numbers. */
export interface AnalysisTree {
  readonly [key: string]: number | AnalysisTree | undefined
}

/** A term as `PATCH /v1/settings` takes it. */
export type TermInput = NonNullable<SettingsPatch['terms']>[number]

/** One number of the analysis settings: its dotted path (`escalation.weights.failed_fix`) and where it sits. */
export interface NumberField {
  readonly path: string
  /** The keys from the top group down, e.g. `['escalation', 'weights', 'decline']`. */
  readonly keys: readonly string[]
  readonly defaultValue: number
}

/** Every number under `tree`, depth first, in the order the server lists them. */
export function numberFields(tree: AnalysisTree, keys: readonly string[] = []): NumberField[] {
  const out: NumberField[] = []
  for (const [k, v] of Object.entries(tree)) {
    const at = [...keys, k]
    if (typeof v === 'number') out.push({ path: at.join('.'), keys: at, defaultValue: v })
    else if (typeof v === 'object' && v !== null) out.push(...numberFields(v, at))
  }
  return out
}

/** The number at a dotted path, or undefined. */
export function valueAt(tree: AnalysisTree, path: string): number | undefined {
  let node: AnalysisTree | number | undefined = tree
  for (const k of path.split('.')) node = typeof node === 'object' && node !== null ? node[k] : undefined
  return typeof node === 'number' ? node : undefined
}

/**
 * The overrides to store: only the values that differ from their default, nested like the
 * defaults; null when every value is the default (which clears the overrides).
 */
export function overridesOf(values: ReadonlyMap<string, number>, fields: readonly NumberField[]): AnalysisTree | null {
  const root: Record<string, unknown> = {}
  let any = false
  for (const f of fields) {
    const v = values.get(f.path)
    if (v === undefined || v === f.defaultValue) continue
    any = true
    let node = root
    for (const k of f.keys.slice(0, -1)) node = (node[k] ??= {}) as Record<string, unknown>
    node[f.keys[f.keys.length - 1] as string] = v
  }
  return any ? (root as AnalysisTree) : null
}

/** Parses a number input's text; undefined for anything that is not a finite number. */
export function parseNumber(text: string): number | undefined {
  if (text.trim() === '') return undefined
  const n = Number(text)
  return Number.isFinite(n) ? n : undefined
}

/** "failed_fix" → "Failed fix", "sla_breach" → "SLA breach" (the API's snake_case names; camelCase reads the same). */
export function humanize(key: string): string {
  const words = key
    .replace(/_/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/\bsla\b/g, 'SLA')
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** The server's errors whose path starts with `prefix.`, keyed by the rest of the path. */
export function errorsUnder(errors: readonly FieldError[], prefix: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const e of errors) {
    if (e.path.startsWith(`${prefix}.`)) {
      const rest = e.path.slice(prefix.length + 1)
      if (!out.has(rest)) out.set(rest, e.message)
    }
  }
  return out
}

/** What a server error message means to a person: "must be a non-negative number" → "Must be a non-negative number." */
export function sentence(message: string): string {
  const m = message.trim()
  if (m === '') return m
  return `${m.charAt(0).toUpperCase()}${m.slice(1)}${/[.!?]$/.test(m) ? '' : '.'}`
}

/** A term row being edited; numbers stay text until saved so half-typed input survives. */
export interface TermDraft {
  /** Stable across edits, for React keys, focus and error messages. */
  readonly id: string
  readonly pattern: string
  readonly polarity: string
  readonly note: string
  /** Emotion nudges set through the API; kept as they are. */
  readonly emotions?: TermInput['emotions']
}

export type TermField = 'pattern' | 'polarity' | 'note'

/**
 * What is wrong with each row, before asking the server: the same rules it applies (a pattern of
 * 1–200 characters whose first word is not optional, polarity -1…1, a note of at most 500
 * characters), plus no pattern twice.
 */
export function termProblems(rows: readonly TermDraft[]): Map<string, string> {
  const out = new Map<string, string>()
  const seen = new Map<string, string>()
  for (const r of rows) {
    const pattern = r.pattern.trim()
    const first = pattern.split(/\s+/)[0] ?? ''
    if (pattern === '') out.set(`${r.id}.pattern`, 'Enter a word or phrase.')
    else if (pattern.length > 200) out.set(`${r.id}.pattern`, 'At most 200 characters.')
    else if (first.endsWith('?') && first.length > 1) out.set(`${r.id}.pattern`, 'The first word cannot be optional (no trailing “?”).')
    else if (seen.has(pattern.toLowerCase())) out.set(`${r.id}.pattern`, 'This pattern is already in the list.')
    seen.set(pattern.toLowerCase(), r.id)
    const p = parseNumber(r.polarity)
    if (p === undefined) out.set(`${r.id}.polarity`, 'Enter a number from −1 to 1.')
    else if (p < -1 || p > 1) out.set(`${r.id}.polarity`, 'Must be from −1 to 1.')
    if (r.note.length > 500) out.set(`${r.id}.note`, 'At most 500 characters.')
  }
  return out
}
