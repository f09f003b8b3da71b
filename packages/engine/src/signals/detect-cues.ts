import { ENGLISH_QUESTION_OPENERS } from '../reader/asks-for-information.js'
import { CUE_KINDS, type Cue, type CueKind, type Emotion } from '../reader/reading.js'
import { CONTRAST, IN_SCOPE, NEGATOR, negationScope } from '../text/negation.js'
import type { SentenceRange } from '../text/split-sentences.js'
import type { Token } from '../text/token.js'
import { countWords } from '../text/count-words.js'
import { firstWord } from '../text/first-word.js'
import { W_CONTRAST, W_DAY, W_INTENSIFIER, W_INTERJECTION, W_NEGATOR, W_NUMBER, allocateWordSlot, setWordSlot, wordBitsMemo, wordSlot, fnv1a, mayBeIn, setSignature, wordSignature } from '../text/word-class.js'
import { CUE_RULES, type CueRule } from './cue-rules.js'
import { echoedAdvice } from './echoed-advice.js'
import { EYE_ROLL, emojiPolarity, emoticonPolarity } from './emoji-polarity.js'
import { LANGUAGE_CUES } from './lang/cue-tables.js'
import { type LanguageCues, languageRules } from './lang/language-cues.js'
import { type PhrasePattern, compilePattern, elementGate, firstKeys, isSkippedBetween, matchPatternFrom, requiredSecondWords } from './phrase-pattern.js'
import { weighContrast } from './weigh-contrast.js'
import { type ClauseTone, concededComplaints, type TokenSpan } from './conceded-complaint.js'

interface IndexedPattern {
  readonly rule: CueRule
  readonly pattern: PhrasePattern
  readonly notBefore: ReadonlySet<string> | undefined
  readonly notAfter: ReadonlySet<string> | undefined
  readonly onlyBefore: ReadonlySet<string> | undefined
  /** Whether the pattern names its second word: a candidate found by that word matches on from its third element. */
  readonly namesSecond: boolean
  /** {@link elementGate} of the element matching goes on from (the third, or the second), or 0. */
  readonly gate: number
}

/**
 * Candidates as tryPatterns reads them: per pattern, its gate, 1 if it names its second word (else
 * 0), then the pattern itself, side by side in one array. The gate turns most candidates down, and
 * read from the list it costs no load of the pattern's object (a miss per candidate: reading
 * `c.gate` and the list's elements were 58% of tryPatterns' line ticks).
 */
type CandidateList = readonly (number | IndexedPattern)[]
const STRIDE = 3

function candidateList(entries: readonly IndexedPattern[]): CandidateList {
  const out: (number | IndexedPattern)[] = []
  for (const e of entries) out.push(e.gate, e.namesSecond ? 1 : 0, e)
  return out
}

/**
 * The patterns that start with one word, split by the word after it: most patterns name their second
 * word (see requiredSecondWords), so a token tries only the ones its next word allows (one map
 * lookup) instead of checking each pattern's second word (a common first word such as "i" leads 34).
 * Each list keeps the rules' order, which decides between same-span matches of one kind.
 */
interface CandidateGroup {
  /**
   * The next words this group names (by {@link secondWordId}), open-addressed: 1 + the id in each
   * used slot, 0 in an empty one; a power of two long, at least twice the words. An Int32Array probe
   * instead of a Map<number, …>, whose lookup was half of candidates()' line ticks.
   */
  readonly secondIds: Int32Array
  /** Per slot of `secondIds`, the patterns whose second element takes that word or that name no second word. */
  readonly secondLists: readonly CandidateList[]
  /** The patterns that name no second word: the candidates for any other next word or none. */
  readonly rest: CandidateList | undefined
  /** The OR of `bySecond`'s words' signatures: a next word outside it is none of them (no lookup). */
  readonly signature: number
}

/** Extra phrase rules, e.g. from a domain profile; compiled and indexed like the built-ins. */
export interface CueIndex {
  readonly byFirst: ReadonlyMap<string, CandidateGroup>
}

// Every word some index takes as a second word, numbered in the order first met (ids never change).
// The candidate lists are keyed by these numbers, and each word's number (or that it has none) is
// memoised on its WordInfo: a Map keyed by the next word's string compared the key strings' characters,
// and 72% of the lookups that passed the signature test found nothing (22,411 first words in TweetEval
// validation: 9,297 lookups, 2,626 found; 3,745 of the misses were words no index takes second).
// candidates() fell from 3.4% to 1.9% of a profiled read; alternating process pairs could not tell
// so little from this machine's noise (median ratios 1.02 and 0.99, 10 pairs each, 2026-12-07).
const SECOND_IDS = new Map<string, number>()
const SECOND_SLOT = allocateWordSlot()

/**
 * The number of the word of `t` among the second words of every index built so far, or -1. A word
 * found in none is memoised as that together with how many there were, since a later index (a
 * language's, a profile's) may add it.
 */
function secondWordId(t: Token): number {
  const memo = wordSlot(t.info, SECOND_SLOT) as number | undefined
  if (memo !== undefined && (memo >= 0 || -memo - 1 === SECOND_IDS.size)) return memo < 0 ? -1 : memo
  const id = SECOND_IDS.get(t.norm)
  setWordSlot(t.info, SECOND_SLOT, id ?? -SECOND_IDS.size - 1)
  return id ?? -1
}

function secondIdOf(word: string): number {
  let id = SECOND_IDS.get(word)
  if (id === undefined) {
    id = SECOND_IDS.size
    SECOND_IDS.set(word, id)
  }
  return id
}

const EMPTY_LIST: CandidateList = []

/** The first slot of second-word id `id` in a table of `mask + 1` slots. */
function secondSlot(id: number, mask: number): number {
  return (Math.imul(id, 0x9e3779b1) >>> 16) & mask
}

/** The candidates a group lists for second-word id `id`, or undefined when it names no such word. */
function bySecond(group: CandidateGroup, id: number): CandidateList | undefined {
  const ids = group.secondIds
  const mask = ids.length - 1
  for (let slot = secondSlot(id, mask); ; slot = (slot + 1) & mask) {
    const v = ids[slot] as number
    if (v === id + 1) return group.secondLists[slot]
    if (v === 0) return undefined
  }
}

/** Compiles rules into a first-token index so detection only tries patterns that can start here. */
export function buildCueIndex(rules: readonly CueRule[]): CueIndex {
  const lists = new Map<string, { entry: IndexedPattern; second: ReadonlySet<string> | undefined }[]>()
  for (const rule of rules) {
    const notBefore = rule.notBefore === undefined ? undefined : new Set(rule.notBefore)
    const notAfter = rule.notAfter === undefined ? undefined : new Set(rule.notAfter)
    const onlyBefore = rule.onlyBefore === undefined ? undefined : new Set(rule.onlyBefore)
    for (const src of rule.patterns) {
      const pattern = compilePattern(src)
      const second = requiredSecondWords(pattern)
      const entry = { rule, pattern, notBefore, notAfter, onlyBefore, namesSecond: second !== undefined, gate: elementGate(pattern, second !== undefined ? 2 : 1) }
      for (const key of firstKeys(pattern)) {
        const list = lists.get(key) ?? []
        list.push({ entry, second })
        lists.set(key, list)
      }
    }
  }
  const byFirst = new Map<string, CandidateGroup>()
  for (const [key, list] of lists) {
    const seconds = new Set<string>()
    for (const { second } of list) for (const w of second ?? []) seconds.add(w)
    let size = 1
    while (size < 2 * seconds.size) size *= 2
    const secondIds = new Int32Array(size)
    const secondLists: CandidateList[] = new Array(size).fill(EMPTY_LIST)
    for (const w of seconds) {
      const id = secondIdOf(w)
      let slot = secondSlot(id, size - 1)
      while (secondIds[slot] !== 0) slot = (slot + 1) & (size - 1)
      secondIds[slot] = id + 1
      secondLists[slot] = candidateList(list.filter((x) => x.second === undefined || x.second.has(w)).map((x) => x.entry))
    }
    const rest = list.filter((x) => x.second === undefined).map((x) => x.entry)
    let signature = 0
    for (const w of seconds) signature |= wordSignature(fnv1a(w))
    byFirst.set(key, { secondIds, secondLists, rest: rest.length > 0 ? candidateList(rest) : undefined, signature })
  }
  return { byFirst }
}

/** The index of the token a pattern's second element is matched against: the next one past commas and quotes (tokens.length: none). */
function nextToken(tokens: readonly Token[], i: number): number {
  let j = i + 1
  while (j < tokens.length) {
    const t = tokens[j] as Token
    if (isSkippedBetween(t)) j++
    else return j
  }
  return j
}

/** The candidates of a group for the word after the first (undefined: none to try). */
function candidates(group: CandidateGroup | undefined, next: Token | undefined): CandidateList | undefined {
  if (group === undefined) return undefined
  if (next === undefined || (group.signature & next.info.signature) !== next.info.signature) return group.rest
  const id = secondWordId(next)
  return id < 0 ? group.rest : (bySecond(group, id) ?? group.rest)
}

/** The built-in rules' index, with its wildcard-led candidates looked up once. */
interface BuiltinIndex extends CueIndex {
  readonly numbers: CandidateGroup | undefined
  readonly days: CandidateGroup | undefined
}

let builtin: BuiltinIndex | undefined
function builtinIndex(): BuiltinIndex {
  if (builtin === undefined) {
    const index = buildCueIndex(CUE_RULES)
    builtin = { byFirst: index.byFirst, numbers: index.byFirst.get('#num'), days: index.byFirst.get('#day') }
  }
  return builtin
}

/** A language's own cues, compiled: its rules' index, its negators, the words English rules skip. */
interface CompiledLanguage {
  readonly index: CueIndex
  readonly negators: ReadonlySet<string>
  readonly notNegators: ReadonlySet<string>
  readonly contrast: ReadonlySet<string>
  readonly falseFriends: ReadonlySet<string>
  readonly glued: readonly string[]
  readonly praiseWords: ReadonlySet<string>
  readonly sincereAfterPraise: ReadonlySet<string>
}

/** A word and the ways it is also typed (without accents…), as the language's patterns take it. */
function withVariants(words: readonly string[] | undefined, cues: LanguageCues): Set<string> {
  const out = new Set<string>()
  for (const w of words ?? []) {
    out.add(w)
    for (const v of cues.variants?.(w) ?? []) out.add(v)
  }
  return out
}

function compileLanguage(cues: LanguageCues): CompiledLanguage {
  return {
    index: buildCueIndex(languageRules(cues)),
    negators: new Set(cues.negators),
    notNegators: new Set(cues.notNegators ?? []),
    contrast: new Set(cues.contrast ?? []),
    falseFriends: new Set(cues.falseFriends ?? []),
    glued: cues.glued ?? [],
    praiseWords: withVariants(cues.praiseWords, cues),
    sincereAfterPraise: withVariants(cues.sincereAfterPraise, cues),
  }
}

const compiledLanguages = new Map<string, CompiledLanguage | null>()
/** The compiled table of `language`, or undefined for English and languages without one. */
function languageTable(language: string | undefined): CompiledLanguage | undefined {
  if (language === undefined || language === 'en') return undefined
  let table = compiledLanguages.get(language)
  if (table === undefined) {
    const cues = LANGUAGE_CUES[language]
    table = cues === undefined ? null : compileLanguage(cues)
    compiledLanguages.set(language, table)
  }
  return table ?? undefined
}

/**
 * A language's one-word praise ("Bravo", "Ótimo") and the words after it that keep it meant ("Ótimo,
 * obrigado"), as its table has them with their variants; undefined for English and languages without a table.
 */
export function praiseWordsOf(language: string): { readonly praise: ReadonlySet<string>; readonly sincereAfter: ReadonlySet<string> } | undefined {
  const table = languageTable(language)
  return table === undefined ? undefined : { praise: table.praiseWords, sincereAfter: table.sincereAfterPraise }
}

/** A word's flags with the language's negators and turning words marked as English ones are. */
function languageFlags(t: Token, table: CompiledLanguage): number {
  let f = t.flags
  if (table.negators.has(t.norm)) f |= W_NEGATOR
  else if (table.notNegators.has(t.norm)) f &= ~W_NEGATOR
  if (table.contrast.has(t.norm)) f |= W_CONTRAST
  return f
}

/**
 * Negation scope with the language's own negators and turning words counted too ("no", "nicht",
 * "pas", "नहीं"; "pero", "aber"). A clause mark the tokenizer leaves on a word ("عاجلا،") ends the
 * scope after that word, as a separate comma would.
 */
function languageNegationScope(tokens: readonly Token[], table: CompiledLanguage): Uint8Array {
  const { glued } = table
  if (!tokens.some((t) => t.kind === 'word' && languageFlags(t, table) !== t.flags)) return negationScope(tokens)
  const flags = negationScope(tokens.map((t) => (t.kind === 'word' ? { ...t, flags: languageFlags(t, table) } : t)))
  if (glued.length === 0) return flags
  let cut = false
  for (let i = 0; i < tokens.length; i++) {
    if (flags[i] === NEGATOR) cut = false
    else if (cut && flags[i] === IN_SCOPE) flags[i] = 0
    const norm = (tokens[i] as Token).norm
    if (glued.some((g) => norm.endsWith(g))) cut = true
  }
  return flags
}

// The built-in candidates of each word are memoised on its WordInfo (null: none).
const CUE_SLOT = allocateWordSlot()

function builtinGroup(t: Token, index: CueIndex): CandidateGroup | undefined {
  const memo = wordSlot(t.info, CUE_SLOT) as CandidateGroup | null | undefined
  if (memo !== undefined) return memo ?? undefined
  const group = index.byFirst.get(t.norm)
  setWordSlot(t.info, CUE_SLOT, group ?? null)
  return group
}

// Up to this many raw matches, overlaps are checked pair by pair; beyond it (long or pathological
// texts), by marking tokens, which keeps reading linear.
const PAIRWISE_MAX = 24

// One bit per cue kind, for marking which kinds a token is already part of.
if (CUE_KINDS.length > 32) throw new Error('cue kinds no longer fit a 32-bit mask')
const KIND_BIT = Object.fromEntries(CUE_KINDS.map((k, i) => [k, 1 << i])) as Record<CueKind, number>

const SARCASM_TAGS = new Set(['not', 'sarcasm', 'sarcastic', 'irony', 'eyeroll', 'thanksalot', 'greatjob', 'justgreat'])
// All-caps words that are names, not shouting.
const ACRONYMS = new Set(['api', 'url', 'usa', 'uk', 'eu', 'faq', 'pdf', 'csv', 'sms', 'ios', 'ceo', 'cto', 'it', 'tv', 'pc', 'id', 'vpn', 'dns', 'ssl', 'sso', 'saml', 'sql', 'aws', 'gcp', 'json', 'xml', 'html', 'http', 'https', 'ui', 'ux', 'os', 'cpu', 'gpu', 'ram', 'ssd', 'usb', 'gps', 'atm', 'nyc', 'la', 'sf', 'ok', 'asap', 'eod', 'cob', 'fyi', 'pm', 'am', 'est', 'pst', 'utc', 'gmt', 'vip', 'diy', 'rsvp', 'bbq', 'nba', 'nfl', 'mlb', 'nhl', 'fifa', 'ufc', 'wwe', 'ps4', 'ps5', 'dm', 'rt', 'mt', 'cc', 'bcc', 'llc', 'inc', 'ltd', 'sdk', 'cli', 'rest', 'oauth', 'jwt', 'crm', 'erp', 'hr', 'kpi', 'roi', 'b2b', 'b2c', 'saas', 'qa', 'eta', 'iphone', 'ipad',
  // Billing, payments, shipping and protocols: "the VAT on my invoice" is no shouting.
  'vat', 'gst', 'hst', 'sim', 'iban', 'bic', 'sepa', 'ach', 'cvv', 'pin', 'otp', 'mfa', '2fa', 'sku', 'ups', 'dhl', 'usps', 'fedex', 'tnt', 'irs', 'hmrc', 'gdpr', 'ccpa', 'hipaa', 'pci', 'smtp', 'imap', 'ssh', 'ftp', 'sftp', 'cdn', 'ip', 'tls', 'xlsx', 'zip', 'mp4', 'png', 'jpg', 'nda', 'sla', 'po', 'ein', 'ssn', 'llp', 'gmbh', 'bv', 'sa', 'plc', 'nps', 'csat'])

interface RawCue {
  readonly rule: CueRule
  readonly from: number
  readonly to: number
}

/** What cue detection found, with the facts the reader needs to score intensity and emotions. */
export interface CueDetection {
  readonly cues: Cue[]
  /** The rule behind each cue (same order as `cues`; undefined for token marks), for its emotion strength and domain factors. */
  readonly rules: (CueRule | undefined)[]
  readonly exclamations: number
  readonly questions: number
  readonly capsWords: number
  readonly elongated: number
  readonly intensifiers: number
  readonly wordCount: number
  /** The message ends on a sign-off ("Thanks, Rina", "Kind regards, Paul"): written as mail, not a post. */
  readonly signedOff: boolean
  /**
   * In the other languages: thanks open or close a message of three sentences or more whose problem
   * nothing keeps current (no repeat, threat, sarcasm or "but" after the opening): the story of a fix.
   */
  readonly thanksFrameStory: boolean
  /**
   * In English: a sentence after the last problem says it was put right ("I was billed twice.
   * Refunded now, thank you. Great service."): the praise after it is meant, not sarcasm.
   */
  readonly resolved: boolean
}

function makeCue(text: string, tokens: readonly Token[], from: number, to: number, kind: CueKind, explicit: boolean, weight: number, emotion?: Emotion): Cue {
  const start = (tokens[from] as Token).start
  const end = (tokens[to - 1] as Token).end
  const slice = text.slice(start, end)
  return emotion === undefined ? { kind, start, end, explicit, weight, text: slice } : { kind, start, end, explicit, weight, text: slice, emotion }
}

function rule(kind: CueKind, weight: number, strength: number, emotion?: Emotion): CueRule {
  return emotion === undefined ? { kind, explicit: false, weight, strength, patterns: [] } : { kind, explicit: false, weight, strength, emotion, patterns: [] }
}

// Praise meant as sarcasm: a lone "Great." over a problem, praise of advice echoed back.
const PRAISE_AS_SARCASM = rule('sarcasm', -0.85, 0.8, 'sarcasm')
// Words up to which a sentence of praise beside sarcasm is part of it ("Fantastic service.", "Just
// great work, guys."); a longer one says something of its own.
const SHORT_PRAISE_WORDS = 4
const isPraiseOrThanks = (c: RawCue): boolean => c.rule.kind === 'praise' || c.rule.kind === 'gratitude'
const TAG_SARCASM = rule('sarcasm', -0.8, 0.8, 'sarcasm')
// The point after conceded praise that the model reads as a complaint (conceded-complaint.ts): a
// problem report as the fault words' rules make one, a little stronger, since it was the point.
const CONCEDED_COMPLAINT = rule('issue-report', -0.45, 0.35, 'frustration')
const CLIPPED = rule('clipped-sentences', -0.5, 0.55, 'frustration')
// A sentence of one word that says the last one happened again ("The bus drove past me. Twice."): the
// fault told before it, with its count as the point. As a fault word's rule, a little stronger.
const RECURRED = rule('issue-report', -0.35, 0.3, 'frustration')
const RECURRENCE_WORDS = new Set(['twice', 'thrice', 'again'])
// The human-request rule's parameters, for a sentence that is one word for a person.
const ONE_WORD_PERSON = rule('human-request', -0.35, 0.35, 'frustration')
const PERSON_WORDS = new Set(['agent', 'human', 'representative', 'operator', 'person', 'supervisor', 'manager'])
// Words a one-word ask for a person may carry beside it: "supervisor please", "agent now".
const BARE_ASK_WORDS = new Set(['please', 'pls', 'plz', 'now', 'asap'])
const BARE_ASK_SIG = setSignature(BARE_ASK_WORDS)
// Takes back about what the model reads into the word "thanks" (its unigram and bigrams lean positive).
const SIGN_OFF_THANKS = rule('politeness', -0.5, 0)
// Words a closing sentence of thanks has at most ("Thanks for looking into this, team!").
const SIGN_OFF_WORDS = 7
const THANKS_AHEAD: CueRule = { ...rule('politeness', 0, 0), courtesy: true }

/**
 * Tries the candidates at token `i`, whose next word (commas and quotes skipped) is at `j`. The first
 * element is matched by the index and, for a pattern that names its second, the second by the
 * lookup that chose the list; matching goes on from there.
 */
function tryPatterns(list: CandidateList | undefined, tokens: readonly Token[], i: number, j: number, neg: Uint8Array, out: RawCue[]): void {
  if (list === undefined) return
  // The tokens the second and third elements are matched against (commas and quotes skipped, as
  // matchFrom skips them), for the candidates' gates: a candidate whose gate turns its token down is
  // skipped without reading its pattern's elements. In TweetEval validation 16,301 of 26,311 candidates
  // are turned down so; tryPatterns fell from 8.6% to 7.2% of a profiled read (alternating process
  // pairs: median ratios 1.02 and 1.09, 10 pairs each, 2026-12-07).
  const second = tokens[j]
  let third: Token | undefined
  let thirdFound = false
  // An indexed loop that reads a candidate's other fields only once its pattern matched (most do not):
  // the destructuring for-of was half of tryPatterns' line ticks. Median ratio 1.02 over 12 alternating
  // process pairs (within this machine's noise).
  for (let k = 0; k < list.length; k += STRIDE) {
    const gate = list[k] as number
    const namesSecond = list[k + 1] === 1
    if (gate !== 0) {
      if (namesSecond && !thirdFound) {
        third = tokens[nextToken(tokens, j)]
        thirdFound = true
      }
      const at = namesSecond ? third : second
      if (at === undefined) continue
      const sig = at.info.signature
      if ((gate & sig) !== sig) continue
    }
    const c = list[k + 2] as IndexedPattern
    const end = namesSecond ? matchPatternFrom(c.pattern, 2, tokens, j + 1) : matchPatternFrom(c.pattern, 1, tokens, i + 1)
    if (end < 0) continue
    const { rule, notBefore, notAfter, onlyBefore } = c
    if (rule.negatable === true && neg[i] === IN_SCOPE) continue
    if (notBefore !== undefined && end < tokens.length && notBefore.has(wordAfter(tokens, end))) continue
    // "" in notAfter stands for the start of the message.
    if (notAfter?.has(i > 0 ? (tokens[i - 1] as Token).norm : '')) continue
    if (onlyBefore !== undefined && end < tokens.length && (tokens[end] as Token).kind === 'word' && !onlyBefore.has((tokens[end] as Token).norm)) continue
    out.push({ rule, from: i, to: end })
  }
}

/**
 * In how many sentences of the message something is sarcasm only over a problem: a frame rule that
 * needs one ("Really adds to the", "like clockwork", "Oh fantastic") or a sentence opening with praise
 * before a comma ("Fantastic, the thermostat…"). Frames in one sentence do not vouch for each other
 * ("Perfect, exactly what I needed." is thanks).
 */
function sarcasmFrames(standing: readonly RawCue[], tokens: readonly Token[], sentences: readonly SentenceRange[], table: CompiledLanguage | undefined): number {
  // Thanks and "just what I needed" are frames only beside a fault: they close as many sincere
  // messages as sarcastic ones ("Thanks a lot!", "Perfect. Just what I needed.").
  const frame = (c: RawCue): boolean => {
    if (c.rule.needsProblem !== true || c.rule.closer === true) return false
    const first = (tokens[c.from] as Token).norm
    return !THANKS_WORDS.has(first) && !((first === 'just' || first === 'exactly') && tokens[c.from + 1]?.norm === 'what')
  }
  if (sentences.length < 2 || !standing.some(frame)) return 0
  let count = 0
  for (const s of sentences) {
    // A sentence that opens with thanks is thanks whatever it praises: "Thank you so much for being so
    // helpful and quick" frames nothing.
    let framed = !THANKS_WORDS.has(firstWordNorm(tokens, s.from, s.to)) && standing.some((c) => frame(c) && c.from >= s.from && c.from < s.to)
    // Praise opening a sentence that praises something else too ("Great, all sorted then.") is sincere.
    if (!framed && !standing.some((c) => c.rule.weight > 0 && c.from > s.from && c.from < s.to)) {
      // A lone "Perfect." is no frame here: alone beside thanks it is as often sincere.
      framed = opensWithPraise(tokens, s.from, s.to, table)
    }
    if (framed) count++
  }
  return count
}

// Quotation marks that open a quote, and the ones that may close it.
const OPENING_QUOTES: ReadonlySet<string> = new Set(['«', '„', '“', '‹', '»'])
const CLOSING_QUOTES: ReadonlySet<string> = new Set(['»', '“', '”', '›', '«', '"'])
// A claim quoted back is a few words: the service's name, its promise ("en 24 horas", "tutto incluso").
const QUOTED_CLAIM_MAX_WORDS = 6

/**
 * The first short quote (1–6 words between quotation marks, «», „“, “” or straight double quotes)
 * as a token span inside the marks, or undefined.
 */
function quotedClaim(text: string, tokens: readonly Token[]): TokenSpan | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const open = (tokens[i] as Token).norm
    if (!OPENING_QUOTES.has(open) && open !== '"') continue
    let words = 0
    for (let k = i + 1; k < tokens.length && words <= QUOTED_CLAIM_MAX_WORDS; k++) {
      const t = tokens[k] as Token
      if (t.kind === 'word' || t.kind === 'number') {
        words++
        continue
      }
      if ((CLOSING_QUOTES.has(t.norm) && t.norm !== open) || (t.norm === '"' && open === '"')) {
        // A name quoted ("« Julie » du service client") is no claim: one or two words, each capitalised.
        if (words > 0 && words <= QUOTED_CLAIM_MAX_WORDS && !(words <= 2 && allCapitalised(text, tokens, i + 1, k))) return { from: i + 1, to: k }
        break
      }
    }
  }
  return undefined
}

/** Whether every word of tokens[from, to) starts with a capital letter in the text (a name). */
function allCapitalised(text: string, tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token
    if (t.kind === 'word' && !/^\p{Lu}/u.test(text.charAt(t.start))) return false
  }
  return true
}

/** The first word of praise in scare quotes ("my 'express' delivery", "the 'faster checkout'"), or -1. */
function scareQuoted(tokens: readonly Token[]): number {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i] as Token
    if (t.kind !== 'word' || (tokens[i - 1] as Token).norm !== "'") continue
    const end = scareEnd(tokens, i)
    if (end > 0 && (isPromise(t.norm) || (end === i + 2 && isPromise((tokens[i + 1] as Token).norm)))) return i
  }
  return -1
}

// Advice as support gives it, quoted back: "'Try again later.' Amazing advice", "Great tip, 'check the
// meter is connected'". Quoted, it is held up to be looked at, as praise in scare quotes is.
const ADVICE_VERBS = new Set(['arrive', 'allow', 'give', 'check', 'try', 'restart', 'clear', 'make', 'keep', 'turn', 'reinstall', 'update', 'log', 'wait', 'be', 'contact', 'read', 'switch', 'unplug', 'reboot', 'reset', 'use', 'call', 'plug', 'close', 'open', 'refresh', 'delete', 'uninstall', 'ensure'])
// Said when the advice worked: then quoting it is no sneer ("'restart the router' fixed it, thanks").
const ADVICE_WORKED = new Set(['worked', 'works', 'fixed', 'solved', 'sorted', 'trick', 'helped'])
// Words of enjoyment that open a sentence ("Loving my new…", "Really enjoying…"), and the words that may
// stand before them ("I'm really loving…", "Just loving…").
const ENJOY_WORDS = new Set(['loving', 'enjoying', 'love', 'enjoy', 'adore', 'adoring', 'relishing'])
const ENJOY_LEAD = new Set(['i', "i'm", 'im', 'am', 'we', "we're", 'are', 'just', 'rly', 'oh', 'currently', 'simply', 'honestly', 'genuinely', 'properly'])
const ENJOY_LEAD_MAX = 3
// What is enjoyed opens with one of these: a thing of the customer's or the service's ("my new kitchen", "the
// new diet"), or being made to do something ("being kept on hold"). "Love [NAME], he…" speaks of a person.
const ENJOY_OBJECT = new Set(['my', 'our', 'the', 'this', 'your', 'another', 'being', 'getting', 'having', 'waiting', 'paying', 'spending', 'sitting', 'how', 'it', 'that', 'when'])
// The faults enjoyment is said of: what went wrong, or went wrong again (a deadline or a feeling is none).
const ENJOYED_FAULTS: ReadonlySet<CueKind> = new Set<CueKind>(['issue-report', 'repeat-contact'])

/** The word of enjoyment that opens sentence `s` after at most ENJOY_LEAD_MAX lead words, or -1. */
function enjoyedOpening(tokens: readonly Token[], s: SentenceRange): number {
  let lead = 0
  for (let i = s.from; i < s.to; i++) {
    const t = tokens[i] as Token
    if (t.kind !== 'word') return -1
    if (ENJOY_WORDS.has(t.norm)) return ENJOY_OBJECT.has((tokens[i + 1] as Token | undefined)?.norm ?? '') ? i : -1
    if (++lead > ENJOY_LEAD_MAX || (!ENJOY_LEAD.has(t.norm) && (t.flags & W_INTENSIFIER) === 0)) return -1
  }
  return -1
}

/**
 * True when sentence `s`, after the enjoyment at `at`, names a fault (ENJOYED_FAULTS), with no
 * sarcasm already read there, no turning word ("Love the app, but it crashes" concedes) and no word of a fix
 * ("Loving that the crash is fixed").
 */
function enjoysFault(cues: readonly RawCue[], tokens: readonly Token[], neg: Uint8Array, s: SentenceRange, at: number): boolean {
  if (!cues.some((c) => c.from > at && c.to <= s.to && c.rule.weight <= -0.3 && ENJOYED_FAULTS.has(c.rule.kind))) return false
  if (cues.some((c) => c.rule.kind === 'sarcasm' && c.from >= s.from && c.from < s.to)) return false
  for (let i = s.from; i < s.to; i++) if (neg[i] === CONTRAST) return false
  return !saysFixed(tokens, at, s.to)
}

// Words a quoted piece of advice has at most.
const QUOTED_ADVICE_MAX_WORDS = 8

/** True when the message quotes a piece of advice back (a quote opening on an advice verb) and does not say it worked. */
function quotesAdvice(tokens: readonly Token[]): boolean {
  let found = false
  for (let i = 0; i + 1 < tokens.length && !found; i++) {
    const q = (tokens[i] as Token).norm
    if ((q !== "'" && q !== '"') || !ADVICE_VERBS.has((tokens[i + 1] as Token).norm)) continue
    let words = 0
    for (let k = i + 1; k < tokens.length && words <= QUOTED_ADVICE_MAX_WORDS; k++) {
      const t = tokens[k] as Token
      if (t.norm === q) {
        found = true
        break
      }
      if (t.kind === 'word') words++
    }
  }
  return found && !tokens.some((t) => ADVICE_WORKED.has(t.norm))
}

// Intensified claims: "'superfast'", "'ultra-reliable'", "'hyperfast'".
const CLAIM_PREFIXES = ['super', 'ultra', 'hyper']

/** A word a promise is made in: one of SCARE_QUOTED, or a claim made stronger by its prefix. */
function isPromise(w: string): boolean {
  return SCARE_QUOTED.has(w) || CLAIM_PREFIXES.some((p) => w.length > p.length + 2 && w.startsWith(p))
}

// What a bug report quotes: a query or assignment, braces, a path, an HTTP verb or status, a call, a
// version with two dots. Its short lines are the report's fields, not irritation.
const CODE_MARKS = /[{}=]|\/\w+\/|\b(?:GET|POST|PUT|PATCH|DELETE|HTTP)\b|\w\(\)|\b\d+\.\d+\.\d+\b/g
const CODE_MARKS_MIN = 2

/** True when `text` quotes code or a request often enough to be a technical report's fields. */
function looksLikeCode(text: string): boolean {
  CODE_MARKS.lastIndex = 0
  let n = 0
  while (CODE_MARKS.exec(text) !== null) if (++n >= CODE_MARKS_MIN) return true
  return false
}

// Words of a first sentence that reports the customer's own success: "Found it!", "That worked!", "Got it working."
const SUCCESS_WORDS = new Set(['found', 'located', 'spotted', 'worked', 'works', 'working', 'fixed', 'sorted', 'solved', 'done'])
const SUCCESS_MAX_WORDS = 4

/** True when the message opens with a short sentence reporting success ("Found it!", "That worked."). */
function opensWithSuccess(tokens: readonly Token[], sentences: readonly SentenceRange[]): boolean {
  const s = sentences[0]
  if (s === undefined || sentences.length < 2 || countWords(tokens, s.from, s.to) > SUCCESS_MAX_WORDS) return false
  return hasWordIn(tokens, s.from, s.to, SUCCESS_WORDS)
}

// A question that asks what would happen names no fault that has: "Will they be locked out if I
// enforce SSO?", "Would the order be cancelled if I change the address?".
const HYPOTHETICAL_OPENERS = new Set(['will', 'would', 'could', 'might', 'can', 'should', "won't", 'wont', "wouldn't", 'wouldnt'])
const CONDITIONS = new Set(['if', 'when', 'once', 'unless'])

/** `cues` without the faults named inside a question about what would happen if (English only). */
function withoutHypotheticalFaults(cues: readonly RawCue[], tokens: readonly Token[], sentences: readonly SentenceRange[], table: CompiledLanguage | undefined): readonly RawCue[] {
  if (table !== undefined || !cues.some((c) => c.rule.kind === 'issue-report')) return cues
  const asked = sentences.filter((s) => {
    const last = tokens[s.to - 1] as Token
    const first = tokens[firstWord(tokens, s)] as Token | undefined
    return last.norm.includes('?') && first !== undefined && HYPOTHETICAL_OPENERS.has(first.norm) && hasWordIn(tokens, s.from, s.to, CONDITIONS)
  })
  if (asked.length === 0) return cues
  return cues.filter((c) => c.rule.kind !== 'issue-report' || !asked.some((s) => s.from <= c.from && c.to <= s.to))
}

/** True when a contrast word ("but", "though") stands between tokens `from` and `to`. */
function contrastBetween(neg: ArrayLike<number>, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (neg[i] === CONTRAST) return true
  return false
}

/** The closing quote after the scare-quoted word at `i` (one or two words inside), or -1. */
function scareEnd(tokens: readonly Token[], i: number): number {
  if ((tokens[i + 1] as Token | undefined)?.norm === "'") return i + 1
  return (tokens[i + 1] as Token | undefined)?.kind === 'word' && (tokens[i + 2] as Token | undefined)?.norm === "'" ? i + 2 : -1
}

/** The token at `end`, or the one after it when that is a comma ("a great start, but…"). */
function wordAfter(tokens: readonly Token[], end: number): string {
  const t = tokens[end] as Token
  return t.norm === ',' && end + 1 < tokens.length ? (tokens[end + 1] as Token).norm : t.norm
}

// Any clearly negative cue but sarcasm and a request for a human: enough for a lone "Great." to read as
// sarcasm. Urgency uses a narrower notion (derive-emotions' PROBLEM_KINDS); see there for why. A cue
// that itself waits for a problem is none.
/** A cue that names a problem: pulling at -0.3 or more, neither sarcasm nor a request for a person, and needing no problem itself. */
function isProblem(c: RawCue): boolean {
  return c.rule.weight <= -0.3 && c.rule.kind !== 'sarcasm' && c.rule.kind !== 'human-request' && c.rule.needsProblem !== true
}

function hasProblem(raw: readonly RawCue[]): boolean {
  return raw.some(isProblem)
}

/**
 * Finds the support-domain cues in a message: stated emotions, repeat contact, time pressure,
 * grudging acceptance, sarcasm, churn threats, requests for a human, issue reports, politeness,
 * profanity, negation, contrast, intensity marks, clipped sentences, emoji and emoticons.
 *
 * In a language with cues of its own (ar, de, es, fr, hi, it, pt) its table is read beside the
 * English rules, which still catch the English error strings and product words such messages carry;
 * its negators take cues back as "not" does. Any other language, or none, reads the English rules.
 *
 * @param extra Additional compiled rules (a domain profile's terms) tried after the built-ins.
 * @param negation Precomputed {@link negationScope} flags, when the caller has them.
 * @param language The message's language (ISO 639-1, as `detectLanguage` guesses it); English when absent.
 */
export function detectCues(
  text: string,
  tokens: readonly Token[],
  sentences: readonly SentenceRange[],
  extra?: CueIndex,
  negation?: Uint8Array,
  language?: string,
  tone?: ClauseTone,
): CueDetection {
  const table = languageTable(language)
  const neg = negation ?? (table === undefined ? negationScope(tokens) : languageNegationScope(tokens, table))
  const raw: RawCue[] = []
  const builtinIdx = builtinIndex()
  // Whether the message has an emoji, a single and a double quotation mark (as tokens of their own).
  let emoji = false
  let singleQuote = false
  let doubleQuote = false
  // «», „“, “”: the other languages' quotation marks.
  let guillemets = false
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token
    if (t.kind !== 'word' && t.kind !== 'number') {
      // What the later passes look for outside words: without it they are skipped.
      if (t.kind === 'emoji') emoji = true
      else if (t.norm === "'") singleQuote = true
      else if (t.norm === '"') doubleQuote = true
      else if (OPENING_QUOTES.has(t.norm)) guillemets = true
      continue
    }
    const own = table === undefined || !table.falseFriends.has(t.norm) ? builtinGroup(t, builtinIdx) : undefined
    const local = table?.index.byFirst.get(t.norm)
    const domain = extra?.byFirst.get(t.norm)
    const numeric = t.kind === 'number' || (t.flags & W_NUMBER) !== 0
    const day = (t.flags & W_DAY) !== 0
    if (own === undefined && local === undefined && domain === undefined && !numeric && !day) continue
    const j = nextToken(tokens, i)
    const next = tokens[j]
    tryPatterns(candidates(own, next), tokens, i, j, neg, raw)
    tryPatterns(candidates(local, next), tokens, i, j, neg, raw)
    tryPatterns(candidates(domain, next), tokens, i, j, neg, raw)
    if (numeric) {
      tryPatterns(candidates(builtinIdx.numbers, next), tokens, i, j, neg, raw)
      // "#num" in another language's rules is digits: the number words are English ("a veces" is "sometimes").
      if (table !== undefined && t.kind === 'number') tryPatterns(candidates(table.index.byFirst.get('#num'), next), tokens, i, j, neg, raw)
      if (extra !== undefined) tryPatterns(candidates(extra.byFirst.get('#num'), next), tokens, i, j, neg, raw)
    }
    if (day) tryPatterns(candidates(builtinIdx.days, next), tokens, i, j, neg, raw)
  }

  // Keep the longest match per kind where matches of a kind overlap. Each token records the kinds
  // already kept over it, so a match is checked against its own span, not against every kept cue.
  sortSmall(raw, longerFirst)
  const kept: RawCue[] = []
  // A handful of matches (nearly every message) is checked pairwise: cheaper than marking tokens.
  const keptKinds = raw.length > PAIRWISE_MAX ? new Uint32Array(tokens.length) : undefined
  for (const c of raw) {
    if (keptKinds === undefined) {
      if (kept.some((k) => k.rule.kind === c.rule.kind && k.from < c.to && c.from < k.to)) continue
    } else {
      const bit = KIND_BIT[c.rule.kind]
      if (anyBits(keptKinds, c.from, c.to, bit)) continue
      setBits(keptKinds, c.from, c.to, bit)
    }
    kept.push(c)
  }
  const standing0 = withoutHypotheticalFaults(withRecurrence(withoutCancelled(kept, tokens.length), tokens, sentences, table), tokens, sentences, table)
  const standing = standing0.some((c) => c.rule.meantAfterSuccess === true) && opensWithSuccess(tokens, sentences) ? standing0.filter((c) => c.rule.meantAfterSuccess !== true) : standing0
  // Two sarcasm frames that each wait for a problem vouch for each other: "Oh fantastic, the smart
  // speaker has decided 3am is the perfect time to read out the weather. Really adds to the ambience."
  // So do praise in scare quotes and an upside-down face beside one frame: "Amazing how my 'guaranteed'
  // seat turned into a standby ticket", "loving the new 'feature' where the app bills me twice 🙃".
  // Scare quotes need a single quotation mark, quoted advice either mark, a wink or an eye-roll an emoji.
  const scare = table === undefined && singleQuote ? scareQuoted(tokens) : -1
  const winked = scare >= 0 || (emoji && tokens.some((t) => t.kind === 'emoji' && t.norm === UPSIDE_DOWN)) || (table === undefined && (singleQuote || doubleQuote) && quotesAdvice(tokens))
  // Sarcasm that needs nothing beside it ("Thanks, genius", "yeah right") says there is something to
  // complain of: the praise around it is in on it ("Oh brilliant, 'check that it's plugged in'.").
  const decided = standing.some((c) => c.rule.kind === 'sarcasm' && c.rule.needsProblem !== true)
  // A fragment of praise after a sentence the model hears as bad: "Now I can't see my balance at all.
  // Really innovative.", "…got throttled to dial-up speeds on day 4. Truly unlimited."
  // Praise after the fix of the problem is meant: frames that wait for a problem do not count there.
  // Only where praise, thanks or a frame that waits for a problem could be read as sarcasm.
  const fixedFrom = table === undefined && standing.some((c) => c.rule.kind === 'praise' || c.rule.kind === 'gratitude' || c.rule.needsProblem === true) ? fixAfterProblem(tokens, standing, neg) : -1
  const beforeFix = (i: number): boolean => fixedFrom < 0 || i < fixedFrom
  const fragments = tone !== undefined && table === undefined ? praiseFragments(tokens, sentences, standing, tone, neg).filter((f) => beforeFix(f.from)) : []
  const named = hasProblem(standing) || decided || fragments.length > 0 || sarcasmFrames(standing, tokens, sentences, table) >= 2 || (winked && standing.some((c) => c.rule.needsProblem === true && c.rule.closer !== true))
  // Praise that opens a sentence before a comma, over news the model hears as bad though no cue names a
  // fault: "Oh perfect, my phone bill shows roaming charges for a trip I never took", "Fantastic, another
  // power cut right in the middle of cooking dinner". Only asked where nothing else names a problem.
  const opening = !named && tone !== undefined && table === undefined && fixedFrom < 0 ? praiseOverBadNews(text, tokens, sentences, standing, tone) : undefined
  const problem = named || opening !== undefined
  // A frame before "but"/"though" with the only fault after it is conceded praise, not sarcasm: "Great job
  // on the kitchen, though one cupboard door is broken." (the complaint is the point, the praise meant).
  // Linear: the first fault's start, and the next turn from each token, found once.
  let firstFault = tokens.length
  for (const p of standing) if (p.from < firstFault && isProblem(p)) firstFault = p.from
  let nextTurn: Int32Array | undefined
  const conceded = (c: RawCue): boolean => {
    if (nextTurn === undefined) {
      nextTurn = new Int32Array(tokens.length + 1).fill(-1)
      for (let i = tokens.length - 1; i >= 0; i--) nextTurn[i] = neg[i] === CONTRAST ? i : (nextTurn[i + 1] as number)
    }
    const turn = nextTurn[c.to] as number
    return turn >= 0 && firstFault >= turn
  }
  // A deadline alone is no fault a lone "Brilliant." could be said of: "…rewired the whole panel in an
  // hour and talked me through every step. Brilliant."
  const deadlineOnly = !decided && fragments.length === 0 && opening === undefined && !standing.some((c) => isProblem(c) && c.rule.kind !== 'time-pressure')
  // Nor is it one for words that are also thanks: "Thank you, that's very helpful. Fingers crossed they get
  // to it before noon." ("very helpful" is a sarcasm frame only over a fault).
  const thankedOverDeadline = (c: RawCue): boolean => deadlineOnly && c.rule.kind === 'sarcasm' && standing.some((g) => g.rule.kind === 'gratitude' && g.from <= c.from && c.to <= g.to)
  const filtered = standing.filter((c) => c.rule.needsProblem !== true || (problem && beforeFix(c.from) && (c.rule.kind !== 'sarcasm' || !conceded(c)) && !thankedOverDeadline(c)))
  for (const f of fragments) if (!filtered.some((c) => c.rule.kind === 'sarcasm' && c.from <= f.from && f.to <= c.to)) filtered.push({ rule: PRAISE_AS_SARCASM, from: f.from, to: f.to })
  // Advice echoed as a question and then praised is sarcasm ("Clear my cache? Brilliant idea.").
  const echo = echoedAdvice(tokens, sentences)
  if (echo !== undefined) filtered.push({ rule: PRAISE_AS_SARCASM, from: echo[0], to: echo[1] })

  // A lone "Great." or "Perfect!" sentence in a message that reports a problem is sarcasm, and so is
  // one that opens a sentence before a comma ("Lovely, the update wiped my filters"), unless "but"
  // or thanks follows it ("Great, but…" concedes; "Great, thanks" is thanks) or the message praises
  // something else as well ("Great! The crash is fixed" was about the fix).
  if (problem) {
    const praisedElsewhere = praiseElsewhere(filtered, tokens.length)
    for (let si = 0; si < sentences.length; si++) {
      const s = sentences[si] as SentenceRange
      if (!beforeFix(s.from)) break
      const words: number[] = []
      for (let i = s.from; i < s.to; i++) if ((tokens[i] as Token).kind === 'word') words.push(i)
      // "Great." and "Oh great." alone, and praise of the service in two words: "Great support.", "Brilliant service."
      const second = words.length === 2 ? (tokens[words[1] as number] as Token).norm : ''
      const first = words.length === 2 ? (tokens[words[0] as number] as Token).norm : ''
      // "Good job." and "Well done." after the fault are the closer's praise in two words, as "Great support." is.
      const plainPraise = table === undefined && ((first === 'good' && PRAISED_SERVICE.has(second)) || (first === 'well' && second === 'done'))
      const only = words.length === 1 ? (words[0] as number) : first === 'oh' ? (words[1] as number) : table === undefined && (PRAISED_SERVICE.has(second) || plainPraise) ? (words[0] as number) : -1
      if (only >= 0 && !deadlineOnly && (isPraiseWord(tokens[only] as Token, table) || plainPraise) && !praisedElsewhere(only)) {
        filtered.push({ rule: PRAISE_AS_SARCASM, from: words[0] as number, to: (words[words.length - 1] as number) + 1 })
      } else if (only < 0 && opensWithPraise(tokens, s.from, s.to, table) && (!praisedElsewhere(s.from) || namesProblemNext(filtered, tokens, s))) {
        filtered.push({ rule: PRAISE_AS_SARCASM, from: s.from, to: s.from + 1 })
      }
    }
    // Enjoyment opening a sentence that tells a fault, with no "but" to concede it, is said of the fault:
    // "Loving my new open-plan kitchen now that your plumber knocked through the wall instead of fixing the
    // pipe", "Really enjoying the new diet my grocery app has put me on, with half my order missing".
    if (table === undefined) {
      for (const s of sentences) {
        if (!beforeFix(s.from)) break
        const at = enjoyedOpening(tokens, s)
        if (at < 0 || !enjoysFault(filtered, tokens, neg, s, at)) continue
        filtered.push({ rule: PRAISE_AS_SARCASM, from: s.from, to: at + 1 })
      }
    }
    // Thanks for the harm itself, told as a fault a rule knows: "Wow, thanks so much for charging me
    // twice for one pizza." The fault must open on the doing ("charging", "losing"): thanks for the
    // outage credit, or for fixing the double charge, is meant.
    if (table === undefined) {
      for (const c of filtered) {
        if (c.rule.kind !== 'gratitude' || c.rule.weight <= 0) continue
        const j = thanksForDoing(tokens, c.to)
        if (j >= 0 && filtered.some((o) => o.rule.kind === 'issue-report' && o.rule.weight <= -0.3 && o.from === j)) {
          filtered.push({ rule: PRAISE_AS_SARCASM, from: c.from, to: j })
          break
        }
      }
    }
    // Beside sarcasm over the problem, a sentence of nothing but praise keeps the tone: "Love waiting
    // 40 minutes on hold just to be disconnected. Fantastic service." Its praise is sarcasm too.
    if (filtered.some((c) => c.rule.kind === 'sarcasm')) {
      const sarcasmOver = (c: RawCue): boolean => filtered.some((o) => o.rule.kind === 'sarcasm' && o.from <= c.from && c.to <= o.to)
      for (let ci = 0; ci < filtered.length; ci++) {
        const c = filtered[ci] as RawCue
        // Praise a sarcasm phrase already covers ("Great job" as both) is dropped when the cues are made.
        if ((c.rule.kind !== 'praise' && c.rule.kind !== 'gratitude') || sarcasmOver(c)) continue
        const s = sentences.find((x) => x.from <= c.from && c.to <= x.to)
        if (s === undefined) continue
        // Thanks after sarcasm in its own sentence is part of it: "Really enjoying week three without hot
        // water, thanks so much."
        if (c.rule.kind === 'gratitude') {
          if (filtered.some((o) => o.rule.kind === 'sarcasm' && o.from >= s.from && o.to <= c.from)) filtered[ci] = { rule: PRAISE_AS_SARCASM, from: c.from, to: c.to }
          continue
        }
        let words = 0
        for (let i = s.from; i < s.to; i++) if ((tokens[i] as Token).kind === 'word') words++
        if (words <= SHORT_PRAISE_WORDS) filtered[ci] = { rule: PRAISE_AS_SARCASM, from: c.from, to: c.to }
      }
    }
  }
  // The opening over bad news is the sarcasm, where no rule above has made it one ("Oh perfect, …").
  if (opening !== undefined && !filtered.some((c) => c.rule.kind === 'sarcasm' && c.from < opening.to && opening.from < c.to)) filtered.push({ rule: PRAISE_AS_SARCASM, from: opening.from, to: opening.to })
  // An eye-roll says the praise and thanks beside it are not meant: "Thanks for the surprise feature
  // where my cart empties itself. So helpful 🙄". It is the sarcasm, and they are part of it.
  // Beside a problem it is sarcasm with no praise in words: "Reinstall the app for the fifth time. What a
  // fresh and exciting idea 🙄".
  // An upside-down face beside a problem is one too: "Thanks sooo much for charging me twice 🙃".
  let roll = emoji ? tokens.findIndex((t) => t.kind === 'emoji' && t.norm === EYE_ROLL) : -1
  if (roll < 0 && emoji && problem && table === undefined) roll = tokens.findIndex((t) => t.kind === 'emoji' && t.norm === UPSIDE_DOWN)
  if (roll >= 0 && filtered.some(isPraiseOrThanks)) {
    for (let ci = 0; ci < filtered.length; ci++) {
      const c = filtered[ci] as RawCue
      if (isPraiseOrThanks(c)) filtered[ci] = { rule: PRAISE_AS_SARCASM, from: c.from, to: c.to }
    }
    filtered.push({ rule: PRAISE_AS_SARCASM, from: roll, to: roll + 1 })
  } else if (roll >= 0 && (problem || winked)) filtered.push({ rule: PRAISE_AS_SARCASM, from: roll, to: roll + 1 })
  // Praise in scare quotes beside a problem: "my 'express' delivery is on day nine", "the 'smart'
  // thermostat", "Cheers for the 'faster checkout'".
  if (problem && scare >= 0) {
    filtered.push({ rule: PRAISE_AS_SARCASM, from: scare - 1, to: scareEnd(tokens, scare) + 1 })
    // Praise that opens the sentence of the scare quotes, with no "but" between, is part of the sneer:
    // "Love the new 'surprise' feature where my parcel gets sent to a random town."
    const s = sentences.find((x) => x.from <= scare && scare < x.to)
    for (let ci = 0; s !== undefined && ci < filtered.length; ci++) {
      const c = filtered[ci] as RawCue
      if (c.rule.kind === 'praise' && c.from >= s.from && c.to < scare && !contrastBetween(neg, c.to, scare)) filtered[ci] = { rule: PRAISE_AS_SARCASM, from: c.from, to: c.to }
    }
  }
  // In the other languages a claim quoted back in a message that praises is the praise turned: "Bravo
  // pour le « service premium » : trois jours pour répondre à un mail.", "Fantastico: il «tutto
  // incluso» escludeva proprio le bevande.", "Adorei a \"entrega expressa\": só levou duas semanas."
  if (table !== undefined && (doubleQuote || guillemets)) {
    const quoted = quotedClaim(text, tokens)
    const praiseAt = quoted === undefined ? -1 : tokens.findIndex((t, i) => (i < quoted.from || i >= quoted.to) && table.praiseWords.has(t.norm) && neg[i] !== IN_SCOPE)
    if (quoted !== undefined && (praiseAt >= 0 || filtered.some((c) => c.rule.kind === 'praise'))) {
      for (let ci = 0; ci < filtered.length; ci++) {
        const c = filtered[ci] as RawCue
        if (c.rule.kind === 'praise') filtered[ci] = { rule: PRAISE_AS_SARCASM, from: c.from, to: c.to }
      }
      if (praiseAt >= 0) filtered.push({ rule: PRAISE_AS_SARCASM, from: praiseAt, to: praiseAt + 1 })
      filtered.push({ rule: PRAISE_AS_SARCASM, from: quoted.from - 1, to: quoted.to + 1 })
    }
  }
  // Thanks beside an unsolved problem is courtesy, not a pleased customer: a problem report signed off
  // with thanks ("The CSV export is empty. Thank you.") thanks ahead of any help, and thanks followed
  // by the problem ("Thanks for the reply. It still fails.") is not what the message is about. Thanks
  // with a fix ("works perfectly now, thank you") keeps praise's company and stays gratitude.
  const story = table !== undefined && framesStory(filtered, tokens, sentences, neg)
  // Thanks after the fix of the problem are for the fix ("I was worried the parcel was lost, but it arrived today. Thank you!").
  if (sentences.length >= 2 && !filtered.some((c) => c.rule.kind === 'praise') && fixedFrom < 0) {
    if (!filtered.some(isUnsolved)) thanksAhead(text, filtered, tokens, sentences)
    else if (!story) courtesyThanks(filtered, tokens, sentences)
  }
  // Tokens inside a sarcastic phrase, so each praise or thanks checks its own span.
  let sarcastic: Uint32Array | undefined
  for (const c of filtered) {
    if (c.rule.kind !== 'sarcasm') continue
    sarcastic ??= new Uint32Array(tokens.length)
    setBits(sarcastic, c.from, c.to, 1)
  }
  // The cues found and the rule of each, side by side (no {cue, rule} pair per cue to unzip later).
  const cues: Cue[] = []
  const rules: (CueRule | undefined)[] = []
  const add = (from: number, to: number, r: CueRule): void => {
    cues.push(makeCue(text, tokens, from, to, r.kind, r.explicit, r.weight, r.emotion))
    rules.push(r)
  }
  const mark = (from: number, to: number, kind: CueKind, explicit: boolean, weight: number, emotion?: Emotion): void => {
    cues.push(makeCue(text, tokens, from, to, kind, explicit, weight, emotion))
    rules.push(undefined)
  }
  for (const c of filtered) {
    // Praise and thanks inside a sarcastic phrase are part of the sarcasm, not sincere.
    if (sarcastic !== undefined && (c.rule.kind === 'praise' || c.rule.kind === 'gratitude') && anyBits(sarcastic, c.from, c.to, 1)) continue
    add(c.from, c.to, c.rule)
  }

  let exclamations = 0
  let questions = 0
  let capsWords = 0
  let elongated = 0
  let intensifiers = 0
  let wordCount = 0
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token
    switch (t.kind) {
      case 'punct': {
        const bangs = countChar(t.norm, 0x21)
        const qs = countChar(t.norm, 0x3f)
        if (bangs > 0) {
          exclamations += bangs
          mark(i, i + 1, 'exclamation', false, 0)
        }
        if (qs > 0) {
          questions += qs
          mark(i, i + 1, 'question', false, 0, 'confusion')
        }
        if (t.norm === '/' && tokens[i + 1]?.norm === 's' && i + 2 === tokens.length) {
          add(i, i + 2, TAG_SARCASM)
        }
        break
      }
      case 'hashtag':
        if (SARCASM_TAGS.has(t.norm)) add(i, i + 1, TAG_SARCASM)
        break
      case 'emoji': {
        const p = emojiPolarity(t.norm)
        mark(i, i + 1, 'emoji', true, p)
        break
      }
      case 'emoticon':
        mark(i, i + 1, 'emoticon', true, emoticonPolarity(t.norm))
        break
      case 'word': {
        wordCount++
        if (t.caps && t.norm.length >= 3 && !ACRONYMS.has(t.norm)) {
          capsWords++
          mark(i, i + 1, 'caps', false, 0)
        }
        if (t.elongated) {
          elongated++
          mark(i, i + 1, 'elongation', false, 0)
        }
        // "don't really get it", "not so bad": after a negator the word softens, it does not intensify.
        if ((t.flags & W_INTENSIFIER) !== 0 && !(i > 0 && neg[i - 1] === NEGATOR)) {
          intensifiers++
          mark(i, i + 1, 'intensifier', false, 0)
        }
        if (neg[i] === NEGATOR) mark(i, i + 1, 'negation', false, 0)
        else if (neg[i] === CONTRAST) mark(i, i + 1, 'contrast', false, 0)
        break
      }
      default:
        break
    }
  }

  // Several very short sentences in a row: "Still broken. Tried that. Nothing." A greeting or thanks
  // is no fragment: "Thanks. Got it. Bye." is a brisk close, "Hi. Order 4471. Where is it?" a question.
  // Two fragments do when one names a problem: "Still no refund. Day 12."
  if (sentences.length >= 2) {
    let short = 0
    let counted = 0
    let longest = 0
    let words = 0
    let courtesy = 0
    let fragmentsNoSubject = 0
    for (let si = 0; si < sentences.length; si++) {
      const s = sentences[si] as SentenceRange
      for (let i = s.from; i < s.to; i++) {
        const t = tokens[i] as Token
        if (t.kind !== 'word') continue
        words++
        if ((passBits(t) & COURTESY_FRAGMENT) !== 0) courtesy++
      }
      // A full stop inside a name or version ("SDK 0.9.2", "paginate.py") ends no sentence of the
      // writer's: its words count with the next one's.
      const end = tokens[s.to - 1] as Token
      const after = tokens[s.to] as Token | undefined
      if (end.norm === '.' && after !== undefined && after.start === end.end) continue
      const sentenceWords = words
      const sentenceCourtesy = courtesy
      words = 0
      courtesy = 0
      if (sentenceWords > 0 && sentenceCourtesy === sentenceWords) continue
      // A sign-off with a name ("Regards, Lukas", "Cheers, Dana") and an attachment line ("Screenshot
      // attached.", "Logs below.") are how a report ends, not fragments of irritation.
      // So is a labelled field of a bug report ("Result: blank PDF.", "Expected: invoice.").
      if (sentenceWords > 0 && sentenceWords <= 3 && (SIGN_OFF_OPENERS.has(firstWordNorm(tokens, s.from, s.to)) || hasWordIn(tokens, s.from, s.to, ATTACHMENT_WORDS) || isLabelledField(tokens, s.from, s.to))) continue
      counted++
      if (sentenceWords > 0 && sentenceWords <= 3) short++
      if (sentenceWords > 0 && sentenceWords <= FRAGMENT_WORDS && !SUBJECT_WORDS.has(firstWordNorm(tokens, s.from, s.to))) fragmentsNoSubject++
      if (sentenceWords > longest) longest = sentenceWords
    }
    // Brisk and pleased is not clipped: "Très satisfait. Cordialement, A. Lefèvre", "Great. Works now."
    const pleased = !problem && cues.some((c) => c.kind === 'praise' || c.kind === 'gratitude')
    // Beside a problem, two fragments of three sentences are enough: "Parcel not here. Tracking frozen since Tuesday. Nobody answers."
    // So are three or more sentences, all without a subject, beside a problem: "Called twice. Forty minutes on hold. Cut off both times."
    const telegraphic = problem && fragmentsNoSubject >= 3 && fragmentsNoSubject === counted
    if (!pleased && ((short >= 3 && short / counted >= 0.75) || (short >= 2 && problem && short / counted >= 0.6 && longest <= TERSE_MAX_WORDS) || telegraphic) && tokens.length > 0 && !looksLikeCode(text)) {
      const first = sentences[0] as SentenceRange
      const last = sentences[sentences.length - 1] as SentenceRange
      add(first.from, last.to, CLIPPED)
    }
  }
  // A person asked for in one word, as people type at a bot: "Agent. AGENT. Human.", "supervisor please".
  if (table === undefined && !cues.some((c) => c.kind === 'human-request')) {
    for (const s of sentences) {
      let only = -1
      let words = 0
      for (let i = s.from; i < s.to && words < 3; i++) {
        const t = tokens[i] as Token
        if (t.kind !== 'word' || (mayBeIn(BARE_ASK_SIG, t.info) && BARE_ASK_WORDS.has(t.norm))) continue
        words++
        only = i
      }
      if (words === 1 && PERSON_WORDS.has((tokens[only] as Token).norm)) {
        add(only, only + 1, ONE_WORD_PERSON)
        break
      }
    }
  }
  // Praise before "but" with a point no cue names: the model hears whether the point is a complaint.
  if (tone !== undefined && table === undefined && cues.some((c) => c.kind === 'contrast') && cues.some((c) => c.kind === 'praise' || c.kind === 'gratitude')) {
    const span = (c: Cue): TokenSpan => ({ from: tokenAt(tokens, c.start), to: tokenAt(tokens, c.end - 1) + 1 })
    const praised = cues.filter((c) => c.kind === 'praise' || c.kind === 'gratitude').map(span)
    const named = cues.filter((c) => c.weight !== 0 && c.kind !== 'praise' && c.kind !== 'gratitude').map(span)
    const cheered = cues.filter((c) => c.kind === 'praise' || (c.kind === 'emoji' && c.weight > 0) || (c.kind === 'emoticon' && c.weight > 0)).map(span)
    for (const c of concededComplaints(tokens, sentences, praised, named, cheered, tone)) add(c.from, c.to, CONCEDED_COMPLAINT)
  }
  sortCuesByStart(cues, rules)
  weighContrast(text, tokens, sentences, cues, table?.contrast)
  const closing = sentences[sentences.length - 1]
  const signedOff = closing !== undefined && sentences.length >= 2 && isSignOff(text, tokens, closing)
  return { cues, rules, exclamations, questions, capsWords, elongated, intensifiers, wordCount, signedOff, thanksFrameStory: story, resolved: fixedFrom >= 0 }
}

// Words that open thanks, which frames of sarcasm share with sincere closings.
const THANKS_WORDS = new Set(['thanks', 'thank', 'thx', 'ty', 'cheers'])

// Praise a customer puts in quotes over a problem, as a sneer: "'express' delivery", "the 'smart' thermostat".
const SCARE_QUOTED = new Set(['repaired', 'fixed', 'serviced', 'cleaned', 'checked', 'tested', 'inspected', 'refurbished', 'fragile', 'lost', 'tracked', 'insured', 'guaranteed', 'smart', 'express', 'improved', 'premium', 'priority', 'fast', 'faster', 'fastest', 'instant', 'upgraded', 'quick', 'easy', 'free', 'helpful', 'guaranteed', 'unlimited', 'seamless', 'simple', 'better', 'best', 'reliable', 'secure', 'support', 'service', 'customer', 'next-day', 'same-day', 'premier', 'vip', 'gold', 'platinum', 'enhanced', 'new', 'great', 'excellent', 'friendly', 'feature', 'upgrade', 'improvement', 'fix', 'solution', 'help', 'surprise', 'bonus', 'gift', 'treat', 'waterproof', 'leakproof', 'shatterproof', 'unbreakable', 'durable', 'indestructible', 'non-stick', 'stain-resistant', 'scratch-resistant', 'hard-wearing', 'sturdy', 'noiseless', 'silent',
  // What a listing or an offer promises: "the 'next day' delivery", "the 'sea view' room", "'luxury' cabin".
  'day', 'view', 'luxury', 'deluxe', 'spacious', 'quiet', 'comfortable', 'comfy', 'speedy', 'rapid', 'high-speed', 'hassle-free', 'stress-free', 'effortless', 'modern', 'renovated', 'clean', 'fresh', 'personal', 'dedicated', 'lifetime', 'full', 'complimentary', 'included', 'flexible', 'affordable', 'cheap', 'cheapest', 'budget', 'value'])
// The upside-down face, a wink at what is said beside it.
const UPSIDE_DOWN = '\u{1F643}'

// The longest sentence a terse message of two fragments and a problem has ("wifi down. 2nd day. kids
// cant do homework."): a report whose versions split it into fragments has longer ones.
const TERSE_MAX_WORDS = 6

// Words that open a sign-off, whatever name follows ("Regards, Lukas", "Best, Ana").
const SIGN_OFF_OPENERS = new Set(['regards', 'thanks', 'thank', 'cheers', 'best', 'sincerely', 'kind', 'warm', 'warmest', 'many', 'yours', 'rgds', 'thx', 'ta'])
// Words of a line that points at what comes with a report ("Screenshot attached.", "Logs below.").
const ATTACHMENT_WORDS = new Set(['attached', 'enclosed', 'attaching', 'below'])

// Words between thanks and its "for": "thanks so much for", "thank you very much for", "cheers a lot for".
const THANKS_FILLERS: ReadonlySet<string> = new Set(['so', 'very', 'much', 'a', 'lot', 'ever', 'you', 'again', 'really'])

/** The token after "for" when thanks ending at `at` goes on "… for <doing>" ("charging", "losing"), else -1. */
function thanksForDoing(tokens: readonly Token[], at: number): number {
  let i = at
  while (i < tokens.length && (tokens[i] as Token).kind === 'word' && THANKS_FILLERS.has((tokens[i] as Token).norm)) i++
  if (tokens[i]?.norm !== 'for') return -1
  const next = tokens[i + 1]
  return next !== undefined && next.kind === 'word' && next.norm.length > 5 && next.norm.endsWith('ing') ? i + 1 : -1
}

function firstWordNorm(tokens: readonly Token[], from: number, to: number): string {
  for (let i = from; i < to; i++) if ((tokens[i] as Token).kind === 'word') return (tokens[i] as Token).norm
  return ''
}

/** A sentence of at most three words that opens with a sign-off word and ends on a name ("Regards, Lukas", "Thanks, Rina"). */
function isSignOff(text: string, tokens: readonly Token[], s: SentenceRange): boolean {
  let words = 0
  let last: Token | undefined
  for (let i = s.from; i < s.to; i++) {
    const t = tokens[i] as Token
    if (t.kind !== 'word') continue
    words++
    last = t
  }
  if (last === undefined || words < 2 || words > 3 || !SIGN_OFF_OPENERS.has(firstWordNorm(tokens, s.from, s.to))) return false
  // A name: capitalised in the text, not a courtesy word ("Thanks, Rina" but not "Thanks a lot").
  const c = text.charCodeAt(last.start)
  return c >= 0x41 && c <= 0x5a && !COURTESY_FRAGMENT_WORDS.has(last.norm) && !SIGN_OFF_OPENERS.has(last.norm) && last.norm !== 'redacted'
}

// "Result: …", "Expected: …", "Env: …": one word and a colon open the sentence.
function isLabelledField(tokens: readonly Token[], from: number, to: number): boolean {
  return to - from >= 3 && (tokens[from] as Token).kind === 'word' && (tokens[from + 1] as Token).norm === ':'
}

function hasWordIn(tokens: readonly Token[], from: number, to: number, words: ReadonlySet<string>): boolean {
  for (let i = from; i < to; i++) if ((tokens[i] as Token).kind === 'word' && words.has((tokens[i] as Token).norm)) return true
  return false
}

// A fragment without a subject has at most this many words ("Forty minutes on hold."); longer ones are sentences.
const FRAGMENT_WORDS = 4
// First words that give a sentence its subject: "I waited an hour." is a sentence, not a fragment.
const SUBJECT_WORDS = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they', 'my', 'our', 'your', 'the', 'this', 'that', 'there', 'its', "it's", "i'm", "i've", "we're", "we've", "you're", 'im', 'ive', 'please', 'hi', 'hello', 'hey', 'thanks', 'thank'])

// Words of a sentence that greets, thanks or signs off ("Hi.", "Thanks.", "Got it.", "Bye."): no clipped fragment.
const COURTESY_FRAGMENT_WORDS = new Set(['hi', 'hello', 'hey', 'bye', 'goodbye', 'thanks', 'thank', 'you', 'thx', 'ty', 'cheers', 'regards', 'got', 'it', 'much', 'team', 'everyone'])
// What the sentence passes below ask of a word's text, memoised per word: the courtesy words' 17
// signatures fill most of a 32-bit mask, so `mayBeIn` let nearly every word through to a set lookup.
const COURTESY_FRAGMENT = 1
const FRAGMENT_PRAISE_WORD = 2
const OPENING_PRAISE_WORD = 4
const passWordBits = wordBitsMemo((n) => (COURTESY_FRAGMENT_WORDS.has(n) ? COURTESY_FRAGMENT : 0) | (FRAGMENT_PRAISE.has(n) ? FRAGMENT_PRAISE_WORD : 0) | (OPENING_PRAISE.has(n) ? OPENING_PRAISE_WORD : 0))
const passBits = (t: Token): number => passWordBits(t.info)

// Words after "Great," that make it sincere: thanks, or a concession that the next clause turns.
const PLAN_OPENERS = new Set(["i'll", 'ill', "we'll", 'i’ll', 'we’ll'])
const PLANNED_STEPS = new Set(['order', 'buy', 'book', 'take', 'grab', 'get', 'pick', 'download', 'install', 'renew', 'upgrade', 'sign', 'place', 'pop', 'reserve', 'collect', 'pay', 'go'])
// …or one already taken: "Great, I've signed both of them up online", "Perfect, we've booked the 9am."
const DONE_OPENERS = new Set(["i've", 'ive', "we've", 'weve', 'i’ve', 'we’ve'])
const DONE_STEPS = new Set(['signed', 'booked', 'paid', 'ordered', 'registered', 'set', 'added', 'updated', 'submitted', 'sent', 'downloaded', 'installed', 'renewed', 'upgraded', 'joined', 'enrolled', 'subscribed', 'confirmed', 'completed', 'filled', 'changed', 'saved', 'found', 'activated', 'linked', 'connected', 'entered', 'uploaded', 'placed', 'scheduled', 'reserved', 'collected', 'printed', 'reinstalled', 'switched', 'bought', 'grabbed', 'picked', 'accepted', 'approved', 'forwarded', 'shared', 'applied'])

/** The customer's own step taken up at `i`, next or done: "Lovely, I'll order it now.", "Great, I've signed us up." */
function plansStep(tokens: readonly Token[], i: number): boolean {
  const opener = (tokens[i] as Token | undefined)?.norm ?? ''
  const step = (tokens[i + 1] as Token | undefined)?.norm ?? ''
  return (PLAN_OPENERS.has(opener) && PLANNED_STEPS.has(step)) || (DONE_OPENERS.has(opener) && DONE_STEPS.has(step))
}
const SINCERE_AFTER_OPENER = new Set(['thanks', 'thank', 'thx', 'ty', 'that', 'it', 'this', 'works', 'worked', 'fixed', 'solved', 'resolved', 'sorted', 'glad', 'happy'])

/** An interjection of praise: English's, or one of the message's language ("genial", "toll"). */
function isPraiseWord(t: Token, table: CompiledLanguage | undefined): boolean {
  return (t.flags & W_INTERJECTION) !== 0 || (table !== undefined && table.praiseWords.has(t.norm))
}

// What praise opening a complaint names before its comma, at most: "Great service, my order is two
// weeks late.", "Great loyalty program, charging long-time customers more."
const NAMED_MAX_WORDS = 2

/** How many words (up to NAMED_MAX_WORDS) stand between the praise at `at - 1` and a comma; 0 when no comma follows them. */
function namedBeforeComma(tokens: readonly Token[], at: number, to: number, max = NAMED_MAX_WORDS): number {
  for (let k = 0; k <= max && at + k < to; k++) {
    const t = tokens[at + k] as Token
    if (t.norm === ',' || t.norm === ':') return k
    if (t.kind !== 'word') return 0
  }
  return 0
}

/**
 * True when the sentence `[from, to)` opens with an interjection of praise, perhaps naming what it
 * praises, and a comma ("Lovely, …", "Great service, …").
 */
function opensWithPraise(tokens: readonly Token[], from0: number, to: number, table: CompiledLanguage | undefined): boolean {
  // "What a delightful hotel, …" opens on its praise word as "Delightful hotel, …" would.
  const from = table === undefined && whatAPraise(tokens, from0, to) ? from0 + 2 : from0
  const first = tokens[from] as Token
  if (first.kind !== 'word' || (from === from0 && !isPraiseWord(first, table))) return false
  // The occasion praised may take more words: "Beautiful start to the holiday: the rental car has a flat tyre".
  const occasion = table === undefined && OPENING_OCCASIONS.has((tokens[from + 1] as Token | undefined)?.norm ?? '')
  const named = table === undefined ? namedBeforeComma(tokens, from + 1, to, occasion ? OCCASION_MAX_WORDS : NAMED_MAX_WORDS) : 0
  const mark = (tokens[from + 1 + named] as Token | undefined)?.norm
  if (to - from < 4 + named || (mark !== ',' && mark !== ':')) return false
  const next = tokens[from + 2 + named] as Token
  if (next.kind !== 'word' || SINCERE_AFTER_OPENER.has(next.norm) || plansStep(tokens, from + 2 + named)) return false
  return table === undefined ? (next.flags & W_CONTRAST) === 0 : !table.contrast.has(next.norm) && (next.flags & W_CONTRAST) === 0 && !table.sincereAfterPraise.has(next.norm)
}

/** "What a|an" before a word of praise at `from` ("What a delightful hotel, …", "What an amazing service, …"). */
function whatAPraise(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from < 4 || (tokens[from] as Token).norm !== 'what' || !ARTICLES.has((tokens[from + 1] as Token).norm)) return false
  const t = tokens[from + 2] as Token
  return t.kind === 'word' && ((t.flags & W_INTERJECTION) !== 0 || (passBits(t) & OPENING_PRAISE_WORD) !== 0)
}

// What two-word praise names when it is the service itself: "Great support.", "Brilliant service.", "Fantastic job."
// A sentence of praise without a verb, said after something bad: "Really innovative.", "Top-notch
// delivery.", "Truly unlimited.", "such value". Its words: at most FRAGMENT_MAX_WORDS, one of them
// praise (an interjection-like word or one of FRAGMENT_PRAISE), the rest intensifiers or FRAGMENT_FILLER.
const FRAGMENT_MAX_WORDS = 4
const FRAGMENT_PRAISE = new Set(['innovative', 'handy', 'convenient', 'clever', 'smart', 'unlimited', 'top-notch', 'value', 'timing', 'genius', 'groundbreaking', 'revolutionary', 'efficient', 'professional', 'reliable', 'seamless', 'immersive', 'flawless', 'smooth', 'slick', 'thoughtful', 'considerate', 'helpful', 'useful', 'classy', 'premium', 'world-class', 'first-class', 'visionary', 'inspired', 'speedy', 'customer-focused', 'motivating', 'inspiring', 'reassuring', 'encouraging', 'uplifting'])
const FRAGMENT_FILLER = new Set(['v', 'feature', 'features', 'design', 'touch', 'idea', 'a', 'an', 'the', 'such', 'what', 'just', 'truly', 'genuinely', 'honestly', 'simply', 'top', 'real', 'quality', 'service', 'delivery', 'support', 'work', 'job', 'stuff', 'experience', 'customer', 'thinking', 'planning', 'value', 'timing', 'oh', 'wow'])
// The sentence before such a fragment must read at most this (the model alone, no cues) to be the bad
// thing it is said of: "Now I can't see my balance at all." reads about -0.8. A sentence with a
// negator in it ("can't", "never", "no"), "still" or "again" may read only a little bad; one without
// must read clearly so, since the model reads plain stories of work done at -0.3 to -0.45 ("The
// electrician rewired the whole kitchen and talked me through every step. Brilliant." read sarcastic).
const FRAGMENT_BAD_TONE = -0.3
const FRAGMENT_BAD_TONE_UNNEGATED = -0.6
const FRAGMENTS_ASKED = 4
const FRAGMENT_MAX_TOKENS = 2 * FRAGMENT_MAX_WORDS + 2
const FRAGMENT_BEFORE_MIN_WORDS = 3

// Words that tell a fault put right, or thank for it: praise after them is meant ("My router died and you
// replaced it within an hour. Really impressive.", "Sorted now, thank you. Great service.").
const FIXED_WORDS = new Set(['fixed', 'sorted', 'resolved', 'solved', 'replaced', 'refunded', 'restored', 'reinstated', 'working', 'works', 'worked', 'thanks', 'thank', 'thx', 'appreciate', 'appreciated', 'helped'])
// What was awaited come, said plainly at a clause's end: "Brilliant, tracking email just landed." ("…
// arrived in a mere four days" goes on to say how).
const ARRIVED_WORDS = new Set(['landed', 'arrived', 'received', 'delivered'])
const ARRIVED_AFTER = new Set(['now', 'today', 'safely', 'safe', 'fine', 'perfectly', 'intact'])

const GOOD_NEWS_KINDS: ReadonlySet<CueKind> = new Set<CueKind>(['ambiguous-term', 'praise'])

// Words that say a fault was put right; not negated ("still not working") and after the last problem,
// they end it.
const RESOLUTION_WORDS = new Set(['fixed', 'sorted', 'resolved', 'solved', 'refunded', 'replaced', 'restored', 'reinstated', 'credited', 'reimbursed', 'unblocked', 'unlocked', 'working', 'works', 'arrived', 'repaired', 'mended', 'recovered', 'rescued', 'saved', 'brought'])
// Words before a resolution word that say it has not come: "still working on it", "never arrived".
const UNRESOLVED_BEFORE = new Set(['still', 'not', 'never', 'no', 'stopped', 'until', 'unless', 'once', 'if', 'when', 'after', 'be', 'get', 'getting', 'being', 'keep', 'keeps'])

/**
 * The first word after the last problem that says the problem was put right ("…declined twice.
 * Sorted now, thank you.", "My kettle broke on Monday and you replaced it by Tuesday."), or -1:
 * none, or a problem told after it ("Fixed now. Great, it crashed again.").
 */
function fixAfterProblem(tokens: readonly Token[], cues: readonly RawCue[], neg: Uint8Array): number {
  let lastProblem = -1
  for (const c of cues) if (c.rule.weight <= -0.3 && c.rule.kind !== 'sarcasm' && c.rule.kind !== 'human-request' && c.rule.kind !== 'time-pressure' && c.rule.needsProblem !== true) lastProblem = Math.max(lastProblem, c.to)
  if (lastProblem < 0) return -1
  for (let i = lastProblem; i < tokens.length; i++) {
    const t = tokens[i] as Token
    if (!RESOLUTION_WORDS.has(t.norm) || neg[i] === IN_SCOPE) continue
    if (!UNRESOLVED_BEFORE.has(i > 0 ? (tokens[i - 1] as Token).norm : '')) return i
  }
  return -1
}

/** True when tokens[from, to) tell of a fix or thank for one. */
function saysFixed(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const w = (tokens[i] as Token).norm
    if (FIXED_WORDS.has(w)) return true
    if (ARRIVED_WORDS.has(w)) {
      const next = tokens[i + 1]
      if (next === undefined || next.kind !== 'word' || ARRIVED_AFTER.has(next.norm)) return true
    }
  }
  return false
}

// An opening of praise: at most this many words before the sentence's first comma, one of them praise
// ("Fantastic,", "Oh perfect,", "wow amazing,", "Nice one,", "Oh how charming,"), the rest fillers.
const OPENING_MAX_WORDS = 3
const OPENING_FILLER = new Set(['oh', 'ooh', 'wow', 'well', 'yeah', 'yes', 'just', 'how', 'so', 'really', 'one', 'simply', 'truly', 'absolutely', 'what'])
const OPENING_PRAISE = new Set(['charming', 'delightful', 'marvellous', 'thrilling', 'magic', 'magical', 'sweet', 'grand', 'spectacular'])
// Who praise is addressed to, filler in an opening: "Well done everyone, …", "Nice work team, …".
const OPENING_ADDRESSEES = new Set(['everyone', 'everybody', 'all', 'guys', 'team', 'folks', 'people', 'lads'])
// Praise of an occasion opens with more words before its comma or colon: "Wonderful start to the week:
// the payroll file bounced", "Great way to end the month, …". The word after the praise names it.
const OPENING_OCCASIONS = new Set(['start', 'end', 'way', 'beginning', 'finish'])
const OCCASION_MAX_WORDS = 7
// A message may open with sentences of nothing but praise ("Perfect. Absolutely perfect.", "Superb.")
// before the bad news they are said of: at most this many, each of at most OPENING_MAX_WORDS words.
const PRAISE_SENTENCES_MAX = 2
// Words that make the next sentence a plan or a guess, not news of something gone wrong: "Nice. We might
// stay in because of the storm."
const NOT_NEWS = new Set(['might', 'may', 'maybe', 'perhaps', 'could', 'would', 'will', "i'll", "we'll", 'shall', 'plan', 'planning', 'hope', 'hoping'])
// What follows the comma must be at least this long and read at most this (the model alone) to be the
// bad news the opening praises: "another power cut right in the middle of cooking dinner" reads -0.34,
// "my phone bill shows roaming charges for a trip I never took" -0.63; "I will pick it up from the depot
// tomorrow then" reads 0.14 and "the engineer is coming on Tuesday morning" 0.26.
const OPENING_NEWS_MIN_WORDS = 4
const OPENING_BAD_TONE = -0.3
const OPENINGS_ASKED = 2
// News with a quoted description reads at most this to be held up as untrue: plain statements of fact read
// about -0.1 to 0.1, good news well above.
const QUOTED_NEWS_TONE = 0.2
const OPENING_SENTENCES = 3

/** A word of praise an opening is made of: an interjection ("great"), a fragment's praise ("genius") or an opening's ("charming"). */
function isOpeningPraise(t: Token): boolean {
  return (t.flags & W_INTERJECTION) !== 0 || (passBits(t) & (FRAGMENT_PRAISE_WORD | OPENING_PRAISE_WORD)) !== 0
}

/**
 * The opening praise (token span) of the first sentence among the first few whose words after the
 * opening's comma the model reads as bad news, or undefined. Not before "but"/"however" (a concession),
 * thanks or a word of a fix, nor over a question ("Great, when will it ship?") or praise and good news
 * the cues name after it ("Perfect, that fixed it").
 */
function praiseOverBadNews(text: string, tokens: readonly Token[], sentences: readonly SentenceRange[], cues: readonly RawCue[], tone: ClauseTone): TokenSpan | undefined {
  let asked = 0
  const lead = praiseSentencesFirst(tokens, sentences)
  if (lead > 0) {
    const s = sentences[lead] as SentenceRange
    const last = tokens[s.to - 1] as Token
    const first = tokens[s.from] as Token
    const plain = !last.norm.includes('?') && (first.flags & W_CONTRAST) === 0 && countWords(tokens, s.from, s.to) >= OPENING_NEWS_MIN_WORDS
    // Good news or a concession anywhere after the praise says it was meant ("…we lost, but it was hard fought").
    const meant = cues.some((c) => c.from >= s.from && (GOOD_NEWS_KINDS.has(c.rule.kind) || c.rule.kind === 'gratitude' || c.rule.kind === 'contrast'))
    if (plain && !meant && !saysFixed(tokens, s.from, s.to) && !hasWordIn(tokens, s.from, s.to, NOT_NEWS)) {
      asked++
      if (tone(s.from, s.to) <= OPENING_BAD_TONE) return { from: (sentences[0] as SentenceRange).from, to: (sentences[lead - 1] as SentenceRange).to }
    }
  }
  for (let k = 0; k < sentences.length && k < OPENING_SENTENCES; k++) {
    const s = sentences[k] as SentenceRange
    let words = 0
    let praise = 0
    let comma = -1
    let occasion = false
    for (let i = s.from; i < s.to; i++) {
      const t = tokens[i] as Token
      if (t.norm === ',' || t.norm === ':') {
        comma = i
        break
      }
      if (t.kind !== 'word' || ++words > (occasion ? OCCASION_MAX_WORDS : OPENING_MAX_WORDS)) break
      if (occasion) continue
      if (isOpeningPraise(t)) praise++
      else if (praise > 0 && words === 2 && OPENING_OCCASIONS.has(t.norm)) occasion = true
      // "Well done," praises as "Bravo," does.
      else if (t.norm === 'done' && i > s.from && (tokens[i - 1] as Token).norm === 'well') praise++
      else if (!OPENING_FILLER.has(t.norm) && !(praise > 0 && OPENING_ADDRESSEES.has(t.norm))) break
    }
    if (comma < 0 || praise === 0) continue
    const next = tokens[comma + 1] as Token | undefined
    if (next === undefined || next.kind !== 'word' || (next.flags & W_CONTRAST) !== 0 || SINCERE_AFTER_OPENER.has(next.norm)) continue
    if (plansStep(tokens, comma + 1)) continue
    const last = tokens[s.to - 1] as Token
    if (last.norm.includes('?') || countWords(tokens, comma + 1, s.to) < OPENING_NEWS_MIN_WORDS) continue
    if (cues.some((c) => c.from > comma && c.from < s.to && (GOOD_NEWS_KINDS.has(c.rule.kind) || c.rule.kind === 'gratitude'))) continue
    if (saysFixed(tokens, comma + 1, s.to)) continue
    if (++asked > OPENINGS_ASKED) return undefined
    const news = tone(comma + 1, s.to)
    if (news <= OPENING_BAD_TONE) return { from: s.from, to: comma }
    // A description put in quotes in news the model does not hear as good is held up as untrue ("Lovely,
    // my 'superfast' broadband takes a minute a page", "Nice one, the courier 'attempted delivery' while I
    // was in"): the news is the fault. Good news keeps its quotes sincere ("Lovely, my 'new' sofa arrived
    // today and it looks great").
    if (news <= QUOTED_NEWS_TONE && quotedPhrase(text, tokens, comma + 1, s.to)) return { from: s.from, to: comma }
  }
  return undefined
}

/**
 * How many sentences of nothing but praise ("Perfect.", "Absolutely perfect!", "Superb.") open the
 * message before one that is more (0 when the first is no such sentence, or nothing follows them).
 */
function praiseSentencesFirst(tokens: readonly Token[], sentences: readonly SentenceRange[]): number {
  let k = 0
  for (; k < sentences.length && k <= PRAISE_SENTENCES_MAX; k++) {
    const s = sentences[k] as SentenceRange
    let words = 0
    let praise = 0
    let other = false
    for (let i = s.from; i < s.to && !other; i++) {
      const t = tokens[i] as Token
      if (t.kind !== 'word') continue
      if (++words > OPENING_MAX_WORDS) other = true
      else if (isOpeningPraise(t)) praise++
      else if ((t.flags & W_INTENSIFIER) === 0 && !OPENING_FILLER.has(t.norm)) other = true
    }
    // Said flat, with a full stop: cheer ("Amazing!!", "Great!") is as often sincere before news it takes well.
    if (other || praise === 0 || (tokens[s.to - 1] as Token).norm !== '.') break
  }
  return k > 0 && k <= PRAISE_SENTENCES_MAX && k < sentences.length ? k : 0
}

// Words a quoted description has at most ("'sea view'", "'attempted delivery'", "'next day'"); longer is a quotation.
const QUOTED_DESCRIPTION_MAX_WORDS = 3

// Words before a quote that make it a label or a status read out, not a claim doubted: "clicked 'Save'",
// "the status says 'approved'", "an option called 'auto-renew'".
const LABEL_BEFORE = new Set(['says', 'said', 'say', 'shows', 'showed', 'reads', 'read', 'status', 'marked', 'labelled', 'labeled', 'called', 'named', 'titled', 'click', 'clicked', 'clicking', 'press', 'pressed', 'tap', 'tapped', 'hit', 'select', 'selected', 'choose', 'chose', 'picked', 'type', 'typed', 'enter', 'entered', 'option', 'button', 'tab', 'menu', 'setting', 'field', 'word', 'to', 'as'])

/**
 * True when text's tokens[from, to) hold a short lower-case phrase in quotes after a word that is not a
 * label's or a status's ("clicked 'Save'", "says 'approved'"): a description held up as untrue.
 */
function quotedPhrase(text: string, tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) {
    const q = (tokens[i] as Token).norm
    const before = tokens[i - 1] as Token
    if ((q !== "'" && q !== '"') || before.kind !== 'word' || LABEL_BEFORE.has(before.norm)) continue
    const c = text.charCodeAt((tokens[i + 1] as Token | undefined)?.start ?? 0)
    if (c < 0x61 || c > 0x7a) continue
    let words = 0
    for (let k = i + 1; k < to && words <= QUOTED_DESCRIPTION_MAX_WORDS; k++) {
      const t = tokens[k] as Token
      if (t.norm === q) {
        if (words > 0) return true
        break
      }
      if (t.kind === 'word') words++
      else break
    }
  }
  return false
}

/** Whether sentence `s` says in words that something is wrong or unchanged: a negator ("can't", "never", "no"), "still" or "again". */
function negated(tokens: readonly Token[], neg: Uint8Array, s: SentenceRange): boolean {
  for (let i = s.from; i < s.to; i++) {
    const t = tokens[i] as Token
    if (neg[i] === NEGATOR || t.norm === 'still' || t.norm === 'again') return true
  }
  return false
}

/** Praise fragments (token spans) said right after a sentence with a fault in it, or one the model reads as bad. */
function praiseFragments(tokens: readonly Token[], sentences: readonly SentenceRange[], cues: readonly RawCue[], tone: ClauseTone, neg: Uint8Array): TokenSpan[] {
  const out: TokenSpan[] = []
  let asked = 0
  for (let k = 1; k < sentences.length; k++) {
    const s = sentences[k] as SentenceRange
    // A sentence of more tokens than a fragment's words and marks can hold is none (most are).
    if (s.to - s.from > FRAGMENT_MAX_TOKENS) continue
    let words = 0
    let praise = 0
    let first = -1
    let last = -1
    let fragment = true
    for (let i = s.from; i < s.to && fragment; i++) {
      const t = tokens[i] as Token
      if (t.kind !== 'word') continue
      if (++words > FRAGMENT_MAX_WORDS) fragment = false
      else if ((t.flags & W_INTERJECTION) !== 0 || (passBits(t) & FRAGMENT_PRAISE_WORD) !== 0) praise++
      else if ((t.flags & W_INTENSIFIER) === 0 && !FRAGMENT_FILLER.has(t.norm)) fragment = false
      if (first < 0) first = i
      last = i
    }
    if (!fragment || praise === 0 || words === 0) continue
    // The model is asked about the first few only: "broken. Great. broken. Great. …" stays linear and cheap.
    if (++asked > FRAGMENTS_ASKED) break
    // The sentence it is said of: an interjection of one word between them is part of the fragment ("clear my cache. wow. groundbreaking").
    let b = k - 1
    if (b > 0 && countWords(tokens, (sentences[b] as SentenceRange).from, (sentences[b] as SentenceRange).to) <= 1) b--
    const before = sentences[b] as SentenceRange
    // Too short to tell something bad ("It was… really wonderful!").
    if (countWords(tokens, before.from, before.to) < FRAGMENT_BEFORE_MIN_WORDS) continue
    // Amazement or praise in that sentence is the good news the fragment cheers: "I'm honestly shocked
    // how easy it was to switch over. Great job!" (the model reads "shocked" at -0.65).
    if (cues.some((c) => c.from >= before.from && c.from < before.to && GOOD_NEWS_KINDS.has(c.rule.kind))) continue
    if (saysFixed(tokens, before.from, before.to)) continue
    // A fault said to be absent is the good news cheered: "Zero errors on the import, and no downtime either. Nice."
    if (cues.some((c) => c.from >= before.from && c.from < before.to && c.rule.kind === 'negation' && c.rule.weight > 0 && c.rule.cancels?.includes('issue-report') === true)) continue
    // A deadline there is no fault ("…rewired the whole panel in an hour…. Brilliant." tells how fast).
    const faulted = cues.some((c) => c.from >= before.from && c.from < before.to && c.rule.weight <= -0.3 && c.rule.kind !== 'sarcasm' && c.rule.kind !== 'time-pressure' && c.rule.needsProblem !== true)
    // Advice said back as a bare order is held up to be looked at, as quoted advice is: "restart the router. wow. revolutionary".
    const advice = ADVICE_VERBS.has((tokens[firstWord(tokens, before)] as Token | undefined)?.norm ?? '')
    if (faulted || advice || tone(before.from, before.to) <= (negated(tokens, neg, before) ? FRAGMENT_BAD_TONE : FRAGMENT_BAD_TONE_UNNEGATED)) out.push({ from: first, to: last + 1 })
  }
  return out
}

const PRAISED_SERVICE = new Set(['support', 'service', 'job', 'work', 'stuff', 'effort', 'team', 'company', 'communication', 'customer', 'helpful', 'useful'])

// Words that open the thing praise names before a problem: "Fantastic, a 3-hour delay", "Great, another outage".
const ARTICLES = new Set(['a', 'an', 'another'])

/**
 * True when the praise opening sentence `s` is followed, after its comma, by "a", "an" or "another"
 * and a problem in the same sentence ("Fantastic, a 3-hour delay and not even a glass of water"):
 * praise of the problem itself, however much the message praises elsewhere ("Wonderful airline.").
 */
function namesProblemNext(cues: readonly RawCue[], tokens: readonly Token[], s: SentenceRange): boolean {
  const after = tokens[s.from + 2] as Token | undefined
  if (after === undefined || !ARTICLES.has(after.norm)) return false
  return cues.some((c) => c.rule.kind === 'issue-report' && c.from >= s.from + 2 && c.to <= s.to)
}

/**
 * A test of whether a praise cue stands somewhere other than on a given token. Praise cues do not
 * overlap (the longest match of a kind is kept), so at most one covers any token: counting them and
 * marking their tokens once keeps the per-sentence test constant-time on long texts.
 */
function praiseElsewhere(cues: readonly RawCue[], tokenCount: number): (at: number) => boolean {
  let count = 0
  let covered: Uint8Array | undefined
  for (const c of cues) {
    if (c.rule.kind !== 'praise') continue
    count++
    covered ??= new Uint8Array(tokenCount)
    covered.fill(1, c.from, c.to)
  }
  if (covered === undefined) return () => false
  const marks = covered
  return (at) => count - (marks[at] as number) > 0
}

// What makes thanks courtesy: a problem the customer still has. A deadline alone is not one ("looks
// right now, thanks a lot"), nor is sarcasm (it has its own reading of thanks).
const UNSOLVED_KINDS: ReadonlySet<CueKind> = new Set<CueKind>(['issue-report', 'repeat-contact', 'churn-threat', 'explicit-emotion', 'grudging-acceptance'])
const isUnsolved = (c: RawCue): boolean => UNSOLVED_KINDS.has(c.rule.kind) && c.rule.weight <= -0.3

/** Turns the gratitude cues that are courtesy (see the caller) into politeness, in place. */
function courtesyThanks(cues: RawCue[], tokens: readonly Token[], sentences: readonly SentenceRange[]): void {
  const last = sentences[sentences.length - 1] as SentenceRange
  let words = 0
  for (let i = last.from; i < last.to; i++) if ((tokens[i] as Token).kind === 'word') words++
  // Each token's sentence, once: looking sentences up per cue was quadratic on long texts.
  const sentenceOfToken = new Int32Array(tokens.length)
  for (let k = 0; k < sentences.length; k++) sentenceOfToken.fill(k, (sentences[k] as SentenceRange).from, (sentences[k] as SentenceRange).to)
  const sentenceOf = (token: number): number => sentenceOfToken[token] as number
  let lastProblem = -1
  let lastGrudging = -1
  for (const c of cues) {
    if (!isUnsolved(c)) continue
    if (c.rule.kind === 'grudging-acceptance') lastGrudging = Math.max(lastGrudging, sentenceOf(c.from))
    else lastProblem = Math.max(lastProblem, sentenceOf(c.from))
  }
  for (let k = 0; k < cues.length; k++) {
    const c = cues[k] as RawCue
    // Thanks, or thanks already read as politeness ("thanks in advance"): both lean positive in the model.
    if (c.rule.kind !== 'gratitude' && !(c.rule.kind === 'politeness' && c.rule.cancels?.includes('gratitude') === true)) continue
    const at = sentenceOf(c.from)
    const signOff = at === sentences.length - 1 && words <= SIGN_OFF_WORDS
    // Thanks for help still to come ("We would be very grateful for a fix before then") is courtesy
    // wherever it stands beside the problem.
    const inAdvance = c.rule.kind === 'politeness' && (lastProblem >= 0 || lastGrudging >= 0)
    // Bare thanks before hope with no faith left is courtesy too ("Thank you. I hope that's it."); thanks
    // for something said ("Thanks for telling me to water the lawn more. …but ok.") keeps its own reading.
    const bareBeforeGrudging = at < lastGrudging && countWords(tokens, (sentences[at] as SentenceRange).from, (sentences[at] as SentenceRange).to) <= BARE_THANKS_MAX_WORDS
    if (signOff || inAdvance || at < lastProblem || bareBeforeGrudging) cues[k] = { rule: SIGN_OFF_THANKS, from: c.from, to: c.to }
  }
}

// Words of bare thanks: "Thanks!", "Thank you so much.", "Many thanks, Maya".
const BARE_THANKS_WORDS = new Set(['thanks', 'thank', 'you', 'thx', 'ty', 'cheers', 'many', 'so', 'much', 'a', 'lot', 'again', 'very', 'kindly'])
const BARE_THANKS_MAX_WORDS = 4

// Words a question for information opens with, within its first few words ("Hi, does the plan…?"):
// "A free upgrade to business class? Thank you so much!!" is amazement, not a question.
// The reader's openers of a request for information, and the past and "any" a question about one opens with.
const QUESTION_OPENERS = new Set([...ENGLISH_QUESTION_OPENERS, 'any', 'did', 'was', 'were'])
const QUESTION_OPENER_WITHIN = 4

function opensQuestion(tokens: readonly Token[], s: SentenceRange): boolean {
  let words = 0
  for (let i = s.from; i < s.to && words < QUESTION_OPENER_WITHIN; i++) {
    const t = tokens[i] as Token
    if (t.kind !== 'word') continue
    words++
    if (QUESTION_OPENERS.has(t.norm)) return true
  }
  return false
}

// Bare thanks closing a question thanks ahead of the answer: "Can I change my delivery address?
// Thank you." and "Does the family plan cover tablets? Thanks, Maya" are plain questions, not
// pleased customers. Thanks for something ("Thanks for the quick fix!") stays gratitude.
function thanksAhead(text: string, cues: RawCue[], tokens: readonly Token[], sentences: readonly SentenceRange[]): void {
  const last = sentences[sentences.length - 1] as SentenceRange
  const before = sentences[sentences.length - 2] as SentenceRange
  if ((tokens[before.to - 1] as Token).norm.indexOf('?') < 0 || !opensQuestion(tokens, before)) return
  let words = 0
  let other = 0
  for (let i = last.from; i < last.to; i++) {
    const t = tokens[i] as Token
    if (t.kind !== 'word') continue
    words++
    if (!BARE_THANKS_WORDS.has(t.norm)) other++
  }
  // A name may follow ("Thanks, Maya"); nothing else may.
  if (words > BARE_THANKS_MAX_WORDS || other > 1 || (other === 1 && !isSignOff(text, tokens, last))) return
  for (let k = 0; k < cues.length; k++) {
    const c = cues[k] as RawCue
    if (c.rule.kind === 'gratitude' && c.from >= last.from && c.to <= last.to) cues[k] = { rule: THANKS_AHEAD, from: c.from, to: c.to }
  }
}

/** Cues that keep a problem current beside thanks: asked again, a threat, a person asked for, sarcasm. */
export const STILL_WRONG: ReadonlySet<CueKind> = new Set<CueKind>(['repeat-contact', 'churn-threat', 'human-request', 'sarcasm', 'profanity', 'grudging-acceptance'])

/**
 * Thanks in the first or last of three sentences or more, nothing asked again, threatened or turned
 * with "but" after the first: the problem between them is the story of what was fixed. In a shorter
 * message the thanks tells the story itself when every fault lies in a sentence that thanks ("Gracias
 * por reponerme el producto que llegó dañado sin obligarme a devolverlo primero.", "फ्लाइट कैंसिल होने
 * के बाद आपने तुरंत दूसरी फ्लाइट में सीट दिला दी, इसके लिए दिल से आभार।") and nothing turns it with "but".
 */
function framesStory(cues: readonly RawCue[], tokens: readonly Token[], sentences: readonly SentenceRange[], neg: Uint8Array): boolean {
  if (sentences.length < 3) return thanksTellStory(cues, tokens, sentences, neg)
  const firstTo = (sentences[0] as SentenceRange).to
  const lastFrom = (sentences[sentences.length - 1] as SentenceRange).from
  let framed = false
  for (const c of cues) {
    if (STILL_WRONG.has(c.rule.kind)) return false
    if (c.rule.kind === 'gratitude' && (c.to <= firstTo || c.from >= lastFrom)) framed = true
  }
  if (!framed) return false
  for (let i = firstTo; i < tokens.length; i++) if (neg[i] === CONTRAST) return false
  return true
}

/** A message of one or two sentences whose faults all lie in a sentence that thanks (see {@link framesStory}). */
function thanksTellStory(cues: readonly RawCue[], tokens: readonly Token[], sentences: readonly SentenceRange[], neg: Uint8Array): boolean {
  const thanked = (from: number): boolean => {
    const s = sentences.find((x) => from >= x.from && from < x.to)
    return s !== undefined && cues.some((c) => c.rule.kind === 'gratitude' && c.from >= s.from && c.from < s.to)
  }
  let thanks = false
  let told = false
  for (const c of cues) {
    if (STILL_WRONG.has(c.rule.kind)) return false
    if (c.rule.kind === 'gratitude') thanks = true
    else if (isProblem(c)) {
      if (!thanked(c.from)) return false
      told = true
    }
  }
  // A story tells its fault: thanks with none named here is left to the readers after (the learned
  // complaint hears "شكراً على الرد الآلي الرائع الذي لم يفهم سؤالي" thank for the fault).
  if (!thanks || !told) return false
  for (let i = 0; i < tokens.length; i++) if (neg[i] === CONTRAST) return false
  return true
}

// Drops the cues another cue takes back: "not urgent" cancels the "urgent" inside it.
/** The cues with a RECURRED cue added for each later sentence that is one recurrence word alone ("Twice.", "Again!"). */
function withRecurrence(cues: readonly RawCue[], tokens: readonly Token[], sentences: readonly SentenceRange[], table: CompiledLanguage | undefined): readonly RawCue[] {
  if (table !== undefined || sentences.length < 2) return cues
  let out: RawCue[] | undefined
  for (let si = 1; si < sentences.length; si++) {
    const s = sentences[si] as SentenceRange
    let only = -1
    let words = 0
    for (let i = s.from; i < s.to && words < 2; i++) {
      if ((tokens[i] as Token).kind !== 'word') continue
      words++
      only = i
    }
    if (words !== 1 || !RECURRENCE_WORDS.has((tokens[only] as Token).norm)) continue
    out ??= [...cues]
    out.push({ rule: RECURRED, from: only, to: only + 1 })
  }
  return out ?? cues
}

function withoutCancelled(kept: readonly RawCue[], tokenCount: number): readonly RawCue[] {
  let marks: Uint32Array | undefined
  for (const c of kept) {
    if (c.rule.cancels === undefined) continue
    marks ??= new Uint32Array(tokenCount)
    let bits = 0
    for (const k of c.rule.cancels) bits |= KIND_BIT[k]
    setBits(marks, c.from, c.to, bits)
  }
  if (marks === undefined) return kept
  const cancelled = marks
  return kept.filter((c) => !anyBits(cancelled, c.from, c.to, KIND_BIT[c.rule.kind]))
}

/** Longest match first, then leftmost (the order overlaps are resolved in). */
function longerFirst(a: RawCue, b: RawCue): number {
  return b.to - b.from - (a.to - a.from) || a.from - b.from
}

/** Cues in text order, the longer of two that start together first. */
function byCueStart(a: Cue, b: Cue): number {
  return a.start - b.start || b.end - a.end
}

/**
 * Sorts `cues` by {@link byCueStart} and `rules` with them, stably (the order Array.prototype.sort
 * gave the {cue, rule} pairs they were made as): by insertion for the usual handful, else through
 * pairs and the built-in sort.
 */
function sortCuesByStart(cues: Cue[], rules: (CueRule | undefined)[]): void {
  const n = cues.length
  if (n > INSERTION_SORT_MAX) {
    const pairs = cues.map((cue, i) => ({ cue, rule: rules[i] }))
    pairs.sort((a, b) => byCueStart(a.cue, b.cue))
    for (let i = 0; i < n; i++) {
      cues[i] = (pairs[i] as { cue: Cue }).cue
      rules[i] = (pairs[i] as { rule: CueRule | undefined }).rule
    }
    return
  }
  for (let i = 1; i < n; i++) {
    const c = cues[i] as Cue
    const r = rules[i]
    let j = i - 1
    while (j >= 0 && byCueStart(cues[j] as Cue, c) > 0) {
      cues[j + 1] = cues[j] as Cue
      rules[j + 1] = rules[j]
      j--
    }
    cues[j + 1] = c
    rules[j + 1] = r
  }
}

// Lists up to this long are sorted by insertion: a message's handful of matches or cues cost
// Array.prototype.sort's set-up and its scratch arrays (3.6% of what a read allocated).
const INSERTION_SORT_MAX = 24

/**
 * Sorts `list` in place by `order`, stably, as Array.prototype.sort does (so the result is the same
 * for any comparator): by insertion for short lists, by the built-in sort beyond.
 */
function sortSmall<T>(list: T[], order: (a: T, b: T) => number): void {
  const n = list.length
  if (n > INSERTION_SORT_MAX) {
    list.sort(order)
    return
  }
  for (let i = 1; i < n; i++) {
    const x = list[i] as T
    let j = i - 1
    while (j >= 0 && order(list[j] as T, x) > 0) {
      list[j + 1] = list[j] as T
      j--
    }
    list[j + 1] = x
  }
}

function anyBits(marks: Uint32Array, from: number, to: number, bit: number): boolean {
  for (let i = from; i < to; i++) if (((marks[i] as number) & bit) !== 0) return true
  return false
}

function setBits(marks: Uint32Array, from: number, to: number, bit: number): void {
  for (let i = from; i < to; i++) marks[i] = (marks[i] as number) | bit
}

function countChar(s: string, c: number): number {
  let n = 0
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === c) n++
  return n
}

/** The index of the token holding character `offset` (or the first after it). */
function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0
  let hi = tokens.length - 1
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((tokens[mid] as Token).end <= offset) lo = mid + 1
    else hi = mid
  }
  return lo
}
