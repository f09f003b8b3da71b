// The check a workspace's own redaction pattern passes before it is accepted: a small parser of
// JavaScript regular expressions that refuses the shapes that make a backtracking engine take
// exponential (or high polynomial) time, so one message cannot hold the ingest up.
//
// Refused:
//   - a back-reference (\1, \k<name>): matching one is NP-hard in general;
//   - a lookbehind that can grow without bound ((?<=a+)), which is re-run at every position;
//   - a repetition (a range or an exact count above one) of something that itself repeats a variable
//     number of times: (a+)+, (a*)*, (\d{1,3})+, (.*a){11};
//   - a repetition of something that can match the empty string: (a?)*, (a|)+, (a?){30};
//   - alternatives that can start with the same character inside a repetition: (a|aa)*, (\d|\w)+, (a|ab){20};
//   - an optional part inside a repetition that can match what follows it: (aa?)+, (a?a){20};
//   - two unbounded repetitions in a row that can match the same characters (\w+\w+, \d*.*);
//   - patterns longer than MAX_PATTERN_LENGTH, and flags or syntax the engine would not compile.
// What remains can still be quadratic in the worst case (\w+x over a long word without x), which
// is why each rule also sees at most `RULE_WINDOW` characters at a time (see `redactText`).

/** The longest pattern a workspace rule may have. */
export const MAX_PATTERN_LENGTH = 200

/** Why a pattern was refused; undefined when it is accepted. */
export function patternProblem(pattern: string): string | undefined {
  if (pattern.length === 0) return 'the pattern is empty'
  if (pattern.length > MAX_PATTERN_LENGTH) return `the pattern is longer than ${MAX_PATTERN_LENGTH} characters`
  let compiled: RegExp
  try {
    compiled = new RegExp(pattern, 'u')
  } catch (err) {
    return `the pattern does not compile: ${(err as Error).message}`
  }
  if (compiled.test('')) return 'the pattern matches the empty text'
  let tree: Alt
  try {
    tree = new Parser(pattern).parse()
  } catch (err) {
    if (err instanceof Refusal) return err.message
    throw err
  }
  return check(tree)
}

class Refusal extends Error {}

// A set of characters a node can start with: the ASCII ones as bits, everything else as one flag.
interface CharSet {
  readonly ascii: Uint32Array
  other: boolean
}
const emptySet = (): CharSet => ({ ascii: new Uint32Array(4), other: false })
const fullSet = (): CharSet => ({ ascii: new Uint32Array([~0, ~0, ~0, ~0]), other: true })
function addCode(s: CharSet, code: number): void {
  if (code < 128) (s.ascii[code >> 5] as number) |= 1 << (code & 31)
  else s.other = true
}
function addRange(s: CharSet, from: number, to: number): void {
  for (let c = from; c <= Math.min(to, 127); c++) addCode(s, c)
  if (to >= 128) s.other = true
}
function union(a: CharSet, b: CharSet): CharSet {
  const out = emptySet()
  for (let i = 0; i < 4; i++) out.ascii[i] = (a.ascii[i] as number) | (b.ascii[i] as number)
  out.other = a.other || b.other
  return out
}
function overlaps(a: CharSet, b: CharSet): boolean {
  for (let i = 0; i < 4; i++) if (((a.ascii[i] as number) & (b.ascii[i] as number)) !== 0) return true
  return a.other && b.other
}
function complement(s: CharSet): CharSet {
  const out = emptySet()
  for (let i = 0; i < 4; i++) out.ascii[i] = ~(s.ascii[i] as number)
  out.other = true
  return out
}
const DIGITS = (): CharSet => {
  const s = emptySet()
  addRange(s, 48, 57)
  return s
}
const WORD = (): CharSet => {
  const s = DIGITS()
  addRange(s, 65, 90)
  addRange(s, 97, 122)
  addCode(s, 95)
  return s
}
const SPACE = (): CharSet => {
  const s = emptySet()
  for (const c of [9, 10, 11, 12, 13, 32]) addCode(s, c)
  s.other = true
  return s
}

interface Quant {
  readonly min: number
  readonly max: number
}
type Atom =
  | { readonly type: 'chars'; readonly set: CharSet; quant?: Quant }
  | { readonly type: 'group'; readonly body: Alt; quant?: Quant }
  | { readonly type: 'look'; readonly behind: boolean; readonly body: Alt; quant?: Quant }
  | { readonly type: 'anchor'; quant?: Quant }
interface Alt {
  readonly branches: Atom[][]
}

/** A recursive-descent parser of the syntax `new RegExp(p, 'u')` accepted (so it can be lenient about errors). */
class Parser {
  private i = 0
  constructor(private readonly p: string) {}

  parse(): Alt {
    const alt = this.alt()
    if (this.i < this.p.length) throw new Refusal(`unexpected "${this.p[this.i]}" at ${this.i}`)
    return alt
  }

  private alt(): Alt {
    const branches: Atom[][] = [this.seq()]
    while (this.p[this.i] === '|') {
      this.i++
      branches.push(this.seq())
    }
    return { branches }
  }

  private seq(): Atom[] {
    const out: Atom[] = []
    while (this.i < this.p.length && this.p[this.i] !== '|' && this.p[this.i] !== ')') {
      const atom = this.atom()
      const quant = this.quant()
      if (quant !== undefined) {
        if (atom.quant !== undefined) throw new Refusal('a quantifier follows another')
        atom.quant = quant
      }
      out.push(atom)
    }
    return out
  }

  private quant(): Quant | undefined {
    const c = this.p[this.i]
    let q: Quant | undefined
    if (c === '*') q = { min: 0, max: Infinity }
    else if (c === '+') q = { min: 1, max: Infinity }
    else if (c === '?') q = { min: 0, max: 1 }
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.p.slice(this.i))
      if (m === null) return undefined
      this.i += m[0].length - 1
      const min = Number(m[1])
      q = { min, max: m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]) }
    }
    if (q === undefined) return undefined
    this.i++
    if (this.p[this.i] === '?') this.i++
    return q
  }

  private atom(): Atom {
    const c = this.p[this.i] as string
    if (c === '(') return this.group()
    if (c === '[') return { type: 'chars', set: this.charClass() }
    if (c === '\\') return this.escape(false) as Atom
    this.i++
    if (c === '^' || c === '$') return { type: 'anchor' }
    if (c === '.') {
      const s = fullSet()
      ;(s.ascii[0] as number) &= ~(1 << 10)
      return { type: 'chars', set: s }
    }
    const s = emptySet()
    addCode(s, c.codePointAt(0) as number)
    if ((c.codePointAt(0) as number) > 0xffff) this.i++
    return { type: 'chars', set: s }
  }

  private group(): Atom {
    this.i++
    const rest = this.p.slice(this.i)
    let kind: 'plain' | 'ahead' | 'behind' = 'plain'
    if (rest.startsWith('?:')) this.i += 2
    else if (rest.startsWith('?=') || rest.startsWith('?!')) {
      kind = 'ahead'
      this.i += 2
    } else if (rest.startsWith('?<=') || rest.startsWith('?<!')) {
      kind = 'behind'
      this.i += 3
    } else if (rest.startsWith('?<')) {
      const end = rest.indexOf('>')
      this.i += end + 1
    }
    const body = this.alt()
    if (this.p[this.i] !== ')') throw new Refusal('a group is not closed')
    this.i++
    return kind === 'plain' ? { type: 'group', body } : { type: 'look', behind: kind === 'behind', body }
  }

  /** An escape outside or inside a class: a set of characters, or (outside) an anchor. */
  private escape(inClass: boolean): Atom | CharSet {
    const c = this.p[this.i + 1] as string
    this.i += 2
    const chars = (set: CharSet): Atom | CharSet => (inClass ? set : { type: 'chars', set })
    if (c === 'd') return chars(DIGITS())
    if (c === 'D') return chars(complement(DIGITS()))
    if (c === 'w') return chars(WORD())
    if (c === 'W') return chars(complement(WORD()))
    if (c === 's') return chars(SPACE())
    if (c === 'S') return chars(complement(SPACE()))
    if (c === 'b' || c === 'B') return inClass ? single(8) : { type: 'anchor' }
    if (c === 'k' || /[1-9]/.test(c)) throw new Refusal('back-references are not allowed')
    if (c === 'p' || c === 'P') {
      this.i = this.p.indexOf('}', this.i) + 1
      return chars(fullSet())
    }
    const hex = /^(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|u\{([0-9a-fA-F]+)\}|c([A-Za-z]))/.exec(this.p.slice(this.i - 1))
    if (hex !== null) {
      this.i += hex[0].length - 1
      const code = hex[4] !== undefined ? hex[4].charCodeAt(0) % 32 : Number.parseInt(hex[1] ?? hex[2] ?? hex[3] ?? '0', 16)
      return chars(single(code))
    }
    const controls: Record<string, number> = { n: 10, r: 13, t: 9, v: 11, f: 12, '0': 0 }
    return chars(single(controls[c] ?? (c.codePointAt(0) as number)))
  }

  private charClass(): CharSet {
    this.i++
    const negated = this.p[this.i] === '^'
    if (negated) this.i++
    let set = emptySet()
    const one = (): { set: CharSet; code?: number } => {
      if (this.p[this.i] === '\\') {
        const s = this.escape(true) as CharSet
        const only = singleCode(s)
        return only === undefined ? { set: s } : { set: s, code: only }
      }
      const code = this.p.codePointAt(this.i) as number
      this.i += code > 0xffff ? 2 : 1
      return { set: single(code), code }
    }
    while (this.i < this.p.length && this.p[this.i] !== ']') {
      const from = one()
      if (this.p[this.i] === '-' && this.p[this.i + 1] !== ']' && from.code !== undefined) {
        this.i++
        const to = one()
        if (to.code !== undefined) {
          const s = emptySet()
          addRange(s, from.code, to.code)
          set = union(set, s)
          continue
        }
        set = union(union(set, from.set), union(to.set, single(45)))
        continue
      }
      set = union(set, from.set)
    }
    this.i++
    return negated ? complement(set) : set
  }
}

function single(code: number): CharSet {
  const s = emptySet()
  addCode(s, code)
  return s
}
function singleCode(s: CharSet): number | undefined {
  if (s.other) return undefined
  let found: number | undefined
  for (let c = 0; c < 128; c++) {
    if (((s.ascii[c >> 5] as number) & (1 << (c & 31))) !== 0) {
      if (found !== undefined) return undefined
      found = c
    }
  }
  return found
}

const repeats = (q: Quant | undefined): boolean => q !== undefined && q.max > 1
const varies = (q: Quant | undefined): boolean => q !== undefined && q.min !== q.max
const unbounded = (q: Quant | undefined): boolean => q !== undefined && q.max === Infinity

function nullableAtom(a: Atom): boolean {
  if (a.quant !== undefined && a.quant.min === 0) return true
  if (a.type === 'group') return nullableAlt(a.body)
  return a.type === 'look' || a.type === 'anchor'
}
const nullableSeq = (seq: readonly Atom[]): boolean => seq.every(nullableAtom)
const nullableAlt = (alt: Alt): boolean => alt.branches.some(nullableSeq)

function firstOfAtom(a: Atom): CharSet {
  if (a.type === 'chars') return a.set
  if (a.type === 'group') return firstOfAlt(a.body)
  return emptySet()
}
function firstOfSeq(seq: readonly Atom[]): CharSet {
  let out = emptySet()
  for (const a of seq) {
    out = union(out, firstOfAtom(a))
    if (!nullableAtom(a)) break
  }
  return out
}
const firstOfAlt = (alt: Alt): CharSet => alt.branches.map(firstOfSeq).reduce(union, emptySet())

/** Whether any atom inside `alt` (at any depth) repeats a variable number of times. */
function hasVariableRepeat(alt: Alt): boolean {
  return alt.branches.some((seq) => seq.some((a) => (varies(a.quant) && repeats(a.quant)) || ((a.type === 'group' || a.type === 'look') && hasVariableRepeat(a.body))))
}

/** Whether any alternation inside `alt` (itself included) has two branches that can start alike. */
function hasOverlappingBranches(alt: Alt): boolean {
  const firsts = alt.branches.map(firstOfSeq)
  for (let i = 0; i < firsts.length; i++) for (let j = i + 1; j < firsts.length; j++) if (overlaps(firsts[i] as CharSet, firsts[j] as CharSet)) return true
  return alt.branches.some((seq) => seq.some((a) => a.type === 'group' && hasOverlappingBranches(a.body)))
}

/**
 * Whether an optional atom of a repeated body can give its character to what follows it (in the
 * body, or the next time round): (aa?)+ and (a?a){20} split a run of a's in exponentially many ways.
 */
function hasAmbiguousOptional(alt: Alt): boolean {
  const first = firstOfAlt(alt)
  return alt.branches.some((seq) =>
    seq.some((a, k) => {
      if (a.quant === undefined || a.quant.min === a.quant.max) return false
      const f = firstOfAtom(a)
      for (let n = k + 1; n < seq.length; n++) {
        const b = seq[n] as Atom
        if (overlaps(f, firstOfAtom(b))) return true
        if (!nullableAtom(b)) return false
      }
      return overlaps(f, first)
    }),
  )
}

function check(alt: Alt, inBehind = false): string | undefined {
  for (const seq of alt.branches) {
    for (let k = 0; k < seq.length; k++) {
      const a = seq[k] as Atom
      if (inBehind && unbounded(a.quant)) return 'a lookbehind must have a bounded length'
      if (a.type === 'group' || a.type === 'look') {
        // An exact count repeats as badly as a range: (a?){30}a{30} and (.*a){11} take as long as (a?)* would.
        if (repeats(a.quant)) {
          if (hasVariableRepeat(a.body)) return 'a repeated group may not itself repeat a variable number of times (nested quantifiers such as (a+)+)'
          if (nullableAlt(a.body)) return 'a repeated group may not match the empty text (such as (a?)*)'
          if (hasOverlappingBranches(a.body)) return 'alternatives inside a repetition may not start with the same character (such as (a|aa)*)'
          if (hasAmbiguousOptional(a.body)) return 'an optional part inside a repetition may not match what follows it (such as (aa?)+)'
        }
        const inner = check(a.body, inBehind || (a.type === 'look' && a.behind))
        if (inner !== undefined) return inner
      }
      if (unbounded(a.quant)) {
        // The next unbounded repetition reachable through optional atoms must not overlap this one.
        for (let n = k + 1; n < seq.length; n++) {
          const b = seq[n] as Atom
          if (unbounded(b.quant) && overlaps(firstOfAtom(a), firstOfAtom(b))) return 'two unbounded repetitions in a row may not match the same characters (such as \\w+\\w+)'
          if (!nullableAtom(b)) break
        }
      }
    }
  }
  return undefined
}
