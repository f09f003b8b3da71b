/**
 * The multilingual sentiment model's features: hashed word unigrams and bigrams (words after a
 * negator of the message's language marked), character n-grams inside words, emoji and punctuation,
 * each written twice — once language-independent ("shared", so what one language teaches carries
 * to the others and a misread language costs little) and once tagged with the language.
 */
import type { Token } from '../text/token.js'
import { allocateWordSlot, setWordSlot, wordSlot } from '../text/word-class.js'
import { FeatureBuffer } from './feature-buffer.js'
import { combineHashes, hashString } from './hash.js'
import type { PolarityLexicon } from './polarity/polarity-lexicon.js'
import { POLARITY_LEXICONS } from './polarity/polarity-lexicons.js'

/** Which features the multilingual model uses; stored with the model so reading matches training. */
export interface MultilingualFeatureConfig {
  readonly bits: number
  readonly charMin: number
  readonly charMax: number
  /** Value of each character n-gram (words and bigrams count 1 × `wordWeight`). */
  readonly charWeight: number
  readonly wordWeight: number
  readonly bigrams: boolean
  /** Language-independent copies of every feature. */
  readonly shared: boolean
  /** Copies tagged with the message's language. */
  readonly tagged: boolean
  /** Words up to three after a negator of the message's language hash apart ("no funciona"). */
  readonly negation: boolean
  /**
   * Scale of the English model's centred log-probabilities as three inputs per language (0 or
   * absent: not used). Code-mixed tweets ("Hinglish") carry English words the English model reads.
   */
  readonly english?: number
  /**
   * Scale of the polarity-word inputs (0 or absent: not used): per message, the hand-written
   * polarity words of its language (`polarity/`), plain and negated, positive and negative, summed
   * and log-scaled, as four inputs shared by every language and four tagged with it.
   */
  readonly lexicon?: number
  /**
   * Normalise the word part (words and bigrams) and the character n-grams each on its own, to
   * lengths `wordWeight` and `charWeight`, instead of the two together to unit length (absent: together).
   */
  readonly blockNorm?: boolean
  /**
   * Scale of the writing-style inputs (0 or absent: not used): per message, how many words are
   * written in capitals ("TERRIBLE") and how many are stretched ("buenooo"), each log-scaled, as
   * two inputs shared by every language and two tagged with it. The words themselves are read
   * lower case and unstretched, so these are what the rest of the features cannot see.
   */
  readonly style?: number
}

const SEED_WORD = 0x3a11
const SEED_NEG = 0x3a23
const SEED_BIGRAM = 0x3a37
const SEED_CHAR = 0x3a53
const SEED_LANG = 0x3a71
const SEED_BIAS = 0x3a89
const SEED_ENGLISH = 0x3a97
const SEED_LEXICON = 0x3aa3
const SEED_STYLE = 0x3ab5
// Polarity-word values: strong words count double.
const STRONG = 2
const BOS = 0x6a09e667

// Negators per language, written for this project (folded: lower case, no accents, Arabic letters
// unified). Hindi in the training tweets is mostly romanised, so both spellings are here.
const NEGATORS: Readonly<Record<string, readonly string[]>> = {
  en: ['not', 'no', 'never', 'cannot', 'nothing', 'nobody', 'none', 'neither', 'nor', 'without', 'dont', "don't", 'cant', "can't", 'wont', "won't", 'isnt', "isn't", 'doesnt', "doesn't", 'didnt', "didn't"],
  es: ['no', 'nunca', 'jamas', 'nada', 'nadie', 'ningun', 'ninguna', 'ninguno', 'ni', 'sin', 'tampoco'],
  pt: ['nao', 'nunca', 'jamais', 'nada', 'ninguem', 'nenhum', 'nenhuma', 'nem', 'sem', 'tampouco', 'n'],
  fr: ['ne', "n'", 'pas', 'jamais', 'rien', 'personne', 'aucun', 'aucune', 'ni', 'sans', 'non', 'plus'],
  it: ['non', 'mai', 'niente', 'nulla', 'nessuno', 'nessuna', 'ne', 'senza', 'neanche', 'nemmeno', 'neppure'],
  de: ['nicht', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines', 'nie', 'niemals', 'nichts', 'niemand', 'ohne', 'weder', 'noch'],
  hi: ['nahi', 'nahin', 'nai', 'na', 'mat', 'nhi', 'nahee', 'नहीं', 'नही', 'न', 'मत', 'ना'],
  ar: ['لا', 'ما', 'لم', 'لن', 'ليس', 'ليست', 'مش', 'مو', 'غير', 'بدون', 'ماهو', 'مافي'],
}

/** Words that end a negation's scope ("but", …), per language. */
const CONTRASTS: Readonly<Record<string, readonly string[]>> = {
  en: ['but', 'however', 'although', 'though'],
  es: ['pero', 'aunque', 'sino'],
  pt: ['mas', 'porem', 'embora'],
  fr: ['mais', 'pourtant', 'cependant'],
  it: ['ma', 'pero', 'tuttavia'],
  de: ['aber', 'doch', 'jedoch', 'sondern', 'obwohl'],
  hi: ['lekin', 'par', 'magar', 'लेकिन', 'पर', 'मगर'],
  ar: ['لكن', 'بس', 'ولكن'],
}

/**
 * A word as the multilingual model sees it: lower case, Latin accents removed, Arabic letter
 * variants unified and its diacritics and elongation (tatweel) dropped, presentation forms mapped
 * to plain letters. Split on the Arabic comma and semicolon the tokenizer keeps inside words.
 */
export function foldWord(norm: string): string[] {
  let s = norm
  let plain = true
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) {
    plain = false
    break
  }
  if (plain) return [s]
  s = s.normalize('NFKD').replace(/[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g, '')
  s = s.replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627').replace(/\u0649/g, '\u064a').replace(/\u0629/g, '\u0647')
  // Devanagari nukta forms decomposed by NFKD keep their base letter; re-compose what remains.
  s = s.normalize('NFC')
  return s.split(/[\u060c\u061b\u061f\u066a-\u066d]+/).filter((w) => w.length > 0)
}

/** What one distinct token contributes, whatever its neighbours: computed once per word text. */
class WordFeatures {
  constructor(
    /** Raw 32-bit hashes of its (sub)words, plain and negated. */
    readonly words: Int32Array,
    readonly negated: Int32Array,
    /** Raw 32-bit hashes of its character n-grams. */
    readonly grams: Int32Array,
    /** Bit per language index: a negator there. */
    readonly negatorIn: number,
    /** Bit per language index: ends a negation's scope there. */
    readonly contrastIn: number,
    /** Per language index, the polarity-word value of its (sub)words (−2..2 each); absent when 0 everywhere. */
    readonly polarity: Int8Array | undefined,
    /** Its first and last (sub)word, folded, for the lexicon's neutral pairs ("" for a non-word). */
    readonly first: string,
    readonly last: string,
  ) {}
  /** Per class, the n-grams' weights × value summed: shared at 0..2, language i's tagged at 3(i+1).. */
  sums: Float64Array | undefined = undefined
  /** Which of `sums` are filled: bit 0 shared, bit i+1 language i. */
  summed = 0
}

const gramHashes: number[] = []

function charGrams(word: string, min: number, max: number, out: number[]): void {
  const n = word.length + 2
  for (let s = 0; s + min <= n; s++) {
    let h = 0x811c9dc5 ^ SEED_CHAR
    const end = Math.min(n, s + max)
    for (let k = s; k < end; k++) {
      const c = k === 0 ? 0x3c : k === n - 1 ? 0x3e : word.charCodeAt(k - 1)
      h = Math.imul(h ^ c, 0x01000193)
      const len = k - s + 1
      if (len >= min) out.push(Math.imul(h ^ (len << 27), 0x9e3779b1) | 0)
    }
  }
}

/** Spreads a hash over the table and keeps `bits` of it. */
function bucket(h: number, shift: number): number {
  return Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> shift
}

/**
 * Turns tokens into the model's feature vector for one language. Create one per model (it keeps a
 * per-word memo on the tokens' shared word records) and reuse it.
 */
export class MultilingualFeaturizer {
  private readonly slot: number
  private readonly shift: number
  private readonly langSeeds: Int32Array
  private readonly negatorWords = new Map<string, number>()
  private readonly contrastWords = new Map<string, number>()
  /** Per language index, folded polarity word → value; empty when the config has no lexicon. */
  private readonly polarityWords: ReadonlyMap<string, number>[]
  /** Per language index, the lexicon's neutral pairs, folded ("bom dia"). */
  private readonly neutralPairs: ReadonlySet<string>[]
  /**
   * How many of the entries the last `featurize` wrote are the normalised sparse part (words, bigrams,
   * character n-grams); the rest (bias, English probabilities, polarity sums) follow them.
   */
  sparseLength = 0
  /** Of those, how many lead with the word part (the rest are character n-grams; all of them unless `blockNorm`). */
  wordLength = 0
  private readonly gramBuffer = new FeatureBuffer(256)
  /** The last walk's polarity sums: plain positive, plain negative, negated positive, negated negative. */
  private readonly lex = new Float64Array(4)
  /** The last walk's count of words in capitals and of stretched words. */
  private readonly style = new Float64Array(2)

  constructor(
    readonly cfg: MultilingualFeatureConfig,
    /** Language codes; the index of one is what `featurize` takes. */
    readonly languages: readonly string[],
    /**
     * The polarity words by language (the shipped lists by default). Training may add a list for a
     * helper language the model never reads (English rows lend the shared lexicon inputs weight).
     */
    lexicons: Readonly<Record<string, PolarityLexicon>> = POLARITY_LEXICONS,
  ) {
    this.slot = allocateWordSlot(3)
    this.shift = 32 - cfg.bits
    this.langSeeds = Int32Array.from(languages, (l) => hashString(l, SEED_LANG) | 0)
    languages.forEach((lang, li) => {
      for (const w of NEGATORS[lang] ?? []) this.negatorWords.set(w, (this.negatorWords.get(w) ?? 0) | (1 << li))
      for (const w of CONTRASTS[lang] ?? []) this.contrastWords.set(w, (this.contrastWords.get(w) ?? 0) | (1 << li))
    })
    const lexicon = (cfg.lexicon ?? 0) > 0
    this.polarityWords = languages.map((lang) => (lexicon ? polarityMap(lexicons[lang]) : new Map<string, number>()))
    this.neutralPairs = languages.map((lang) => (lexicon ? neutralPairSet(lexicons[lang]) : new Set<string>()))
  }

  /** The polarity value of folded word `w` in language `li` (a trailing doubled letter forgiven: "buenoo"). */
  private polarityOf(w: string, li: number): number {
    const map = this.polarityWords[li] as ReadonlyMap<string, number>
    const v = map.get(w)
    if (v !== undefined) return v
    const n = w.length
    return n > 3 && w.charCodeAt(n - 1) === w.charCodeAt(n - 2) ? (map.get(w.slice(0, -1)) ?? 0) : 0
  }

  private word(t: Token): WordFeatures {
    const wordish = t.kind === 'word' || t.kind === 'hashtag'
    // A hashtag and the same word share a WordInfo but not their features (below): each has its own
    // memo, or a reading would depend on which of the two the reader met first.
    const at = t.kind === 'word' ? this.slot : t.kind === 'hashtag' ? this.slot + 2 : this.slot + 1
    const hit = wordSlot(t.info, at) as WordFeatures | undefined
    if (hit !== undefined) return hit
    let entry: WordFeatures
    if (!wordish) {
      // Emoji, emoticons, punctuation, mentions, links and numbers: one feature each, as written.
      const h = hashString(t.kind === 'number' ? '0' : t.norm, SEED_WORD) | 0
      entry = new WordFeatures(Int32Array.of(h), Int32Array.of(h), new Int32Array(0), 0, 0, undefined, '', '')
    } else {
      // The shipped weights were trained reading a hashtag without its first letter (the tokenizer's
      // norm already drops the "#"); kept until the model is retrained. Read as the word and retrained,
      // cross-validation rose 58.78 → 58.97 but XLM-T validation fell 58.33 → 58.20 and nine written
      // fixtures in these languages flipped (docs/reader-accuracy.md, "The multilingual model's hashtags").
      const folded = foldWord(t.kind === 'hashtag' ? t.norm.slice(1) : t.norm)
      gramHashes.length = 0
      let negatorIn = 0
      let contrastIn = 0
      for (const w of folded) {
        if (w.length > 1 || w.charCodeAt(0) >= 0x80) charGrams(w, this.cfg.charMin, this.cfg.charMax, gramHashes)
        negatorIn |= this.negatorWords.get(w) ?? 0
        contrastIn |= this.contrastWords.get(w) ?? 0
      }
      // French elision: "n'est" negates like "ne est".
      if (folded.length === 1 && (folded[0] as string).startsWith("n'")) negatorIn |= this.negatorWords.get("n'") ?? 0
      let polarity: Int8Array | undefined
      for (let li = 0; li < this.polarityWords.length; li++) {
        if ((this.polarityWords[li] as ReadonlyMap<string, number>).size === 0) continue
        let v = 0
        for (const w of folded) v += this.polarityOf(w, li)
        if (v === 0) continue
        polarity ??= new Int8Array(this.languages.length)
        polarity[li] = Math.max(-127, Math.min(127, v))
      }
      entry = new WordFeatures(
        Int32Array.from(folded, (w) => hashString(w, SEED_WORD) | 0),
        Int32Array.from(folded, (w) => hashString(w, SEED_NEG) | 0),
        Int32Array.from(gramHashes),
        negatorIn,
        contrastIn,
        polarity,
        folded[0] ?? '',
        folded[folded.length - 1] ?? '',
      )
    }
    setWordSlot(t.info, at, entry)
    return entry
  }

  /**
   * Writes the unit-length feature vector of `tokens` read as language `lang` (an index) into `out`;
   * `english` is the English model's P(negative, neutral, positive) when the config uses it.
   */
  featurize(tokens: readonly Token[], lang: number, out: FeatureBuffer, english?: ArrayLike<number>): void {
    out.clear()
    const cfg = this.cfg
    const shift = this.shift
    const seed = this.langSeeds[lang] as number
    const cw = cfg.charWeight
    const shared = cfg.shared
    const tagged = cfg.tagged
    const emit = (h: number, v: number): void => {
      if (shared) out.push(bucket(h, shift), v)
      if (tagged) out.push(bucket(combineHashes(h, seed), shift), v)
    }
    if (cfg.blockNorm === true) {
      const g = this.gramBuffer
      g.clear()
      this.walk(tokens, lang, emit, (e) => {
        if (cw === 0) return
        for (let k = 0; k < e.grams.length; k++) {
          const h = e.grams[k] as number
          if (shared) g.push(bucket(h, shift), cw)
          if (tagged) g.push(bucket(combineHashes(h, seed), shift), cw)
        }
      })
      scaleTo(out, 0, cfg.wordWeight)
      this.wordLength = out.length
      out.reserve(g.length)
      for (let i = 0; i < g.length; i++) out.push(g.indices[i] as number, g.values[i] as number)
      scaleTo(out, this.wordLength, cw)
    } else {
      this.walk(tokens, lang, emit, (e) => {
        if (cw !== 0) for (let k = 0; k < e.grams.length; k++) emit(e.grams[k] as number, cw)
      })
      out.normalize()
      this.wordLength = out.length
    }
    this.sparseLength = out.length
    // The language's own bias, outside the normalisation (a constant input per language).
    out.push(bucket(combineHashes(SEED_BIAS, seed), shift), 1)
    this.dense(seed, english, (b, v) => out.push(b, v))
  }

  /**
   * The inputs outside the normalisation besides the bias, as (bucket, value): the English model's
   * centred log-probabilities (tagged with the language) and the last walk's polarity sums (shared
   * and tagged). `featurize` writes them, `logits` weighs them, so both read the same inputs.
   */
  private dense(seed: number, english: ArrayLike<number> | undefined, emit: (bucket: number, v: number) => void): void {
    const cfg = this.cfg
    const shift = this.shift
    const scale = cfg.english ?? 0
    if (scale > 0 && english !== undefined) {
      const e = centredLogs(english)
      for (let c = 0; c < 3; c++) emit(bucket(combineHashes(SEED_ENGLISH + c, seed), shift), (e[c] as number) * scale)
    }
    const styleScale = cfg.style ?? 0
    if (styleScale > 0) {
      for (let j = 0; j < 2; j++) {
        const v = Math.log1p(this.style[j] as number) * styleScale
        if (v === 0) continue
        if (cfg.shared) emit(bucket(SEED_STYLE + j, shift), v)
        if (cfg.tagged) emit(bucket(combineHashes(SEED_STYLE + j, seed), shift), v)
      }
    }
    const lexScale = cfg.lexicon ?? 0
    if (lexScale > 0) {
      for (let j = 0; j < 4; j++) {
        const v = Math.log1p(this.lex[j] as number) * lexScale
        if (v === 0) continue
        if (cfg.shared) emit(bucket(SEED_LEXICON + j, shift), v)
        if (cfg.tagged) emit(bucket(combineHashes(SEED_LEXICON + j, seed), shift), v)
      }
    }
  }

  /**
   * The class logits of `tokens` under `weights` (`weights[bucket * 3 + c]`) and `bias`, as
   * `featurize` and a dot product would give them (to float rounding) without building the vector:
   * each word's character n-grams are summed once per language and kept in its memo. A featurizer
   * that scores this way must always be given the same weights.
   */
  logits(tokens: readonly Token[], lang: number, weights: Float32Array, bias: Float32Array, out: Float64Array, english?: ArrayLike<number>): void {
    const cfg = this.cfg
    const shift = this.shift
    const seed = this.langSeeds[lang] as number
    const cw = cfg.charWeight
    const shared = cfg.shared
    const tagged = cfg.tagged
    const copies = (shared ? 1 : 0) + (tagged ? 1 : 0)
    let a0 = 0
    let a1 = 0
    let a2 = 0
    let sq = 0
    // The character n-grams' sums, kept apart from the words' so either norm can be taken.
    let c0 = 0
    let c1 = 0
    let c2 = 0
    let csq = 0
    const add = (h: number, v: number): void => {
      if (shared) {
        const b = bucket(h, shift) * 3
        a0 += (weights[b] as number) * v
        a1 += (weights[b + 1] as number) * v
        a2 += (weights[b + 2] as number) * v
      }
      if (tagged) {
        const b = bucket(combineHashes(h, seed), shift) * 3
        a0 += (weights[b] as number) * v
        a1 += (weights[b + 1] as number) * v
        a2 += (weights[b + 2] as number) * v
      }
      sq += copies * v * v
    }
    this.walk(tokens, lang, add, (e) => {
      const n = e.grams.length
      if (cw === 0 || n === 0) return
      const sums = this.gramSums(e, lang, weights)
      if (shared) {
        c0 += sums[0] as number
        c1 += sums[1] as number
        c2 += sums[2] as number
      }
      if (tagged) {
        const o = 3 * (lang + 1)
        c0 += sums[o] as number
        c1 += sums[o + 1] as number
        c2 += sums[o + 2] as number
      }
      csq += copies * n * cw * cw
    })
    let z0 = bias[0] as number
    let z1 = bias[1] as number
    let z2 = bias[2] as number
    if (cfg.blockNorm === true) {
      // Each part to its own length: the words' to wordWeight, the n-grams' to charWeight.
      const kw = sq > 0 ? cfg.wordWeight / Math.sqrt(sq) : 0
      const kc = csq > 0 ? cw / Math.sqrt(csq) : 0
      z0 += a0 * kw + c0 * kc
      z1 += a1 * kw + c1 * kc
      z2 += a2 * kw + c2 * kc
    } else {
      const k = sq + csq > 0 ? 1 / Math.sqrt(sq + csq) : 1
      z0 += (a0 + c0) * k
      z1 += (a1 + c1) * k
      z2 += (a2 + c2) * k
    }
    const lb = bucket(combineHashes(SEED_BIAS, seed), shift) * 3
    z0 += weights[lb] as number
    z1 += weights[lb + 1] as number
    z2 += weights[lb + 2] as number
    this.dense(seed, english, (b3, v) => {
      const b = b3 * 3
      z0 += (weights[b] as number) * v
      z1 += (weights[b + 1] as number) * v
      z2 += (weights[b + 2] as number) * v
    })
    out[0] = z0
    out[1] = z1
    out[2] = z2
  }

  /**
   * The polarity-word sums of `tokens` read as language `lang` (an index), as the lexicon inputs
   * see them before log-scaling: [plain positive, plain negative, negated positive, negated
   * negative], strong words counting 2. All zero when the config has no lexicon.
   */
  polarity(tokens: readonly Token[], lang: number): [number, number, number, number] {
    this.walk(tokens, lang, noop, noop)
    const lex = this.lex
    return [lex[0] as number, lex[1] as number, lex[2] as number, lex[3] as number]
  }

  /**
   * Walks the message as the model reads it in language `lang`: each (sub)word's hash, plain or
   * negated, then its bigram with the one before, to `word`; each token's memo to `grams`; the
   * closing bigram last.
   */
  private walk(tokens: readonly Token[], lang: number, word: (h: number, v: number) => void, grams: (e: WordFeatures) => void): void {
    const cfg = this.cfg
    const bit = 1 << lang
    const ww = cfg.wordWeight
    const lex = this.lex
    lex.fill(0)
    const style = this.style
    style[0] = 0
    style[1] = 0
    // Counted only for a recipe that reads them (none shipped): no work per word otherwise.
    const counting = (cfg.style ?? 0) > 0
    const pairs = this.neutralPairs[lang] as ReadonlySet<string>
    // The word before: its entry, and where its polarity went (lex index, value; -1 for none).
    let before: WordFeatures | undefined
    let beforeAt = -1
    let beforeValue = 0
    let left = 0
    let prev = BOS
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token
      const e = this.word(t)
      if (t.kind === 'punct' && t.norm !== "'" && t.norm !== '"' && t.norm !== '-') left = 0
      let negated = false
      if (cfg.negation && (t.kind === 'word' || t.kind === 'hashtag')) {
        if ((e.contrastIn & bit) !== 0) left = 0
        else if ((e.negatorIn & bit) !== 0) left = 3
        else if (left > 0) {
          negated = true
          left--
        }
      }
      let at = -1
      let value = 0
      if (e.polarity !== undefined) {
        const v = e.polarity[lang] as number
        if (v !== 0) {
          at = v > 0 ? (negated ? 2 : 0) : negated ? 3 : 1
          value = v > 0 ? v : -v
        }
      }
      if ((at >= 0 || beforeAt >= 0) && before !== undefined && pairs.size > 0 && pairs.has(`${before.last} ${e.first}`)) {
        // "bom dia": a greeting, not praise; take back what the word before added.
        if (beforeAt >= 0) lex[beforeAt] = (lex[beforeAt] as number) - beforeValue
        at = -1
      }
      if (at >= 0) lex[at] = (lex[at] as number) + value
      if (t.kind === 'word' || t.kind === 'hashtag') {
        before = e
        beforeAt = at
        beforeValue = value
      } else before = undefined
      if (counting && (t.kind === 'word' || t.kind === 'hashtag')) {
        if (t.caps) style[0] = (style[0] as number) + 1
        if (t.elongated) style[1] = (style[1] as number) + 1
      }
      const words = negated ? e.negated : e.words
      for (let k = 0; k < words.length; k++) {
        const h = words[k] as number
        word(h, ww)
        if (cfg.bigrams) word(combineHashes(prev, h ^ SEED_BIGRAM) | 0, ww)
        prev = h
      }
      grams(e)
    }
    if (cfg.bigrams && tokens.length > 0) word(combineHashes(prev, BOS ^ SEED_BIGRAM) | 0, ww)
  }

  /** A word's n-gram sums for the shared copy and language `lang`'s tagged copy, filled once. */
  private gramSums(e: WordFeatures, lang: number, weights: Float32Array): Float64Array {
    let sums = e.sums
    if (sums === undefined) {
      sums = new Float64Array(3 * (this.languages.length + 1))
      e.sums = sums
    }
    const cw = this.cfg.charWeight
    const shift = this.shift
    if ((e.summed & 1) === 0) {
      for (let k = 0; k < e.grams.length; k++) {
        const b = bucket(e.grams[k] as number, shift) * 3
        for (let c = 0; c < 3; c++) sums[c] = (sums[c] as number) + (weights[b + c] as number) * cw
      }
      e.summed |= 1
    }
    if ((e.summed & (2 << lang)) === 0) {
      const seed = this.langSeeds[lang] as number
      const o = 3 * (lang + 1)
      for (let k = 0; k < e.grams.length; k++) {
        const b = bucket(combineHashes(e.grams[k] as number, seed), shift) * 3
        for (let c = 0; c < 3; c++) sums[o + c] = (sums[o + c] as number) + (weights[b + c] as number) * cw
      }
      e.summed |= 2 << lang
    }
    return sums
  }
}

const noop = (): void => {}

/** A language's polarity words, folded as the model folds words, with their values. */
function polarityMap(lexicon: PolarityLexicon | undefined): Map<string, number> {
  const map = new Map<string, number>()
  if (lexicon === undefined) return map
  const add = (words: readonly string[], v: number): void => {
    for (const word of words) {
      const folded = foldWord(word.toLowerCase())
      if (folded.length === 1) map.set(folded[0] as string, v)
    }
  }
  add(lexicon.positive, 1)
  add(lexicon.strongPositive, STRONG)
  add(lexicon.negative, -1)
  add(lexicon.strongNegative, -STRONG)
  return map
}

/** A language's neutral pairs, each word folded as the model folds words. */
function neutralPairSet(lexicon: PolarityLexicon | undefined): Set<string> {
  const set = new Set<string>()
  for (const pair of lexicon?.neutralPairs ?? []) {
    const words = pair.toLowerCase().split(/\s+/).flatMap((w) => foldWord(w))
    if (words.length === 2) set.add(words.join(' '))
  }
  return set
}

/** Centred log-probabilities of the English model's three classes. */
const centred = new Float64Array(3)
function centredLogs(p: ArrayLike<number>): Float64Array {
  const l0 = Math.log((p[0] as number) + 1e-4)
  const l1 = Math.log((p[1] as number) + 1e-4)
  const l2 = Math.log((p[2] as number) + 1e-4)
  const m = (l0 + l1 + l2) / 3
  centred[0] = l0 - m
  centred[1] = l1 - m
  centred[2] = l2 - m
  return centred
}

/** Scales entries `from`.. of `buf` so they have Euclidean length `length` (left as they are when all zero). */
function scaleTo(buf: FeatureBuffer, from: number, length: number): void {
  let sum = 0
  for (let i = from; i < buf.length; i++) sum += (buf.values[i] as number) ** 2
  if (sum === 0) return
  const k = length / Math.sqrt(sum)
  for (let i = from; i < buf.length; i++) buf.values[i] = (buf.values[i] as number) * k
}
