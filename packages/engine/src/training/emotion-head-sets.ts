/** The data sets the emotion heads are trained and calibrated on, as parsed rows. */


/** Parsed rows of the (shippable) data sets the heads are trained on. */
export interface EmotionHeadSets {
  /** goemotions train: `{text, labels}`. */
  readonly goemotions: readonly { readonly text: string; readonly labels: readonly string[] }[]
  /** tweeteval-emotion train: `{text, label}` (anger/joy/optimism/sadness). */
  readonly tweetevalEmotion?: readonly { readonly text: string; readonly label: string }[]
  /** isarcasmeval-en train: `{text, label, rephrase?}` (sarcastic/not_sarcastic). */
  readonly isarcasm: readonly { readonly text: string; readonly label: string; readonly rephrase?: string | null }[]
  /** mooc-forum-urgency train: `{text, score}` (1–7). */
  readonly mooc: readonly { readonly text: string; readonly score: number }[]
}

/** Validation rows for calibration and thresholds (never trained on). */
export interface EmotionHeadValidation {
  /** goemotions validation: calibrates the six GoEmotions-mapped heads and the 28-label block. */
  readonly goemotions: readonly { readonly text: string; readonly labels: readonly string[] }[]
  /** mooc-forum-urgency validation: calibrates urgency. */
  readonly mooc: readonly { readonly text: string; readonly score: number }[]
}
