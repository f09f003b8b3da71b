import type { WordInfo } from './word-class.js'

/** What a token is, decided once by the tokenizer so later stages never re-scan characters. */
export type TokenKind =
  | 'word'
  | 'number'
  | 'punct'
  | 'emoji'
  | 'emoticon'
  | 'url'
  | 'mention'
  | 'hashtag'
  | 'email'

/**
 * One token with its span in the original input. `norm` is lower-cased with letter runs longer
 * than two squashed ("sooooo" → "soo") and curly apostrophes straightened.
 */
export interface Token {
  readonly kind: TokenKind
  readonly start: number
  readonly end: number
  readonly norm: string
  /** Two or more letters, all upper case ("NOW"). */
  readonly caps: boolean
  /** A letter repeated three or more times in a row ("noooo"). */
  readonly elongated: boolean
  /** Word classes and function-word languages, see `word-class.ts` (0 for non-words). */
  readonly flags: number
  /** The shared facts about this token's text; stages memoise per-word work in it. */
  readonly info: WordInfo
}
