/**
 * A hand-written polarity word list for one language, written for this project (no published
 * lexicon copied): common words that carry praise or complaint on their own, in the forms people
 * type (inflections, informal spellings, without accents too). Words are matched after the
 * multilingual model's folding (lower case, accents removed, Arabic letter variants unified), so
 * listing both "está" and "esta" is not needed. Words that flip with what surrounds them are left
 * out: the refund ("I want a refund" is a complaint, "refund received, thanks" is thanks).
 */
export interface PolarityLexicon {
  /** Strongly positive words ("excelente", "encanta"). */
  readonly strongPositive: readonly string[]
  /** Mildly positive words ("bien", "gracias"). */
  readonly positive: readonly string[]
  /** Mildly negative words ("problema", "tarde"). */
  readonly negative: readonly string[]
  /** Strongly negative words ("horrible", "odio", swear words). */
  readonly strongNegative: readonly string[]
  /**
   * Two words that together rate nothing though one of them is listed: greetings ("buenos días",
   * "bom dia") and acknowledgements ("tá bom"). Neither word counts where they stand together.
   */
  readonly neutralPairs?: readonly string[]
}
