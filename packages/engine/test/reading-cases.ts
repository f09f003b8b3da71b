import type { CueKind, Emotion, SentimentLabel } from '../src/reader/reading.js'

/** What a case expects; mirrors the kinds of expectation in the product's reading spec. */
export interface Expect {
  readonly sentiment?: SentimentLabel
  readonly sentimentNot?: SentimentLabel
  readonly scoreMin?: number
  readonly min?: Partial<Record<Emotion, number>>
  readonly max?: Partial<Record<Emotion, number>>
  readonly cue?: CueKind
  /** Whether the strongest cue is explicit (a stated emotion) or implicit. */
  readonly cueExplicit?: boolean
  readonly needsReview?: boolean
  readonly intensityAbove?: string
  readonly satisfactionBelow?: readonly [string, number]
  /** The `sarcastic` flag. */
  readonly sarcastic?: boolean
}

export interface ReadingCase {
  readonly id: string
  readonly text: string
  readonly domain?: string
  readonly expect: Expect
}

/**
 * Sentences written for this project. Each covers the same ground as one case of the product's
 * reading spec (grudging acceptance, repeat contact, sarcasm, urgency, confusion, domain terms…)
 * in different words, so the tests check the behaviour rather than memorised strings.
 */
export const READING_CASES: readonly ReadingCase[] = [
  { id: 'grudging', text: 'Okay, I suppose that will do.', expect: { sentimentNot: 'positive', min: { frustration: 0.3 }, max: { satisfaction: 0.35 }, cue: 'grudging-acceptance' } },
  { id: 'grudging-2', text: 'Fine then, if that is all you can do.', expect: { sentimentNot: 'positive', min: { frustration: 0.3 }, max: { satisfaction: 0.35 }, cue: 'grudging-acceptance' } },
  { id: 'explicit', text: 'I am really frustrated with how this went.', expect: { sentiment: 'negative', min: { frustration: 0.7 }, cueExplicit: true } },
  { id: 'repeat', text: "This is the fourth time I'm writing in about the same bug.", expect: { sentiment: 'negative', min: { frustration: 0.5 }, cue: 'repeat-contact', cueExplicit: false } },
  { id: 'loud', text: "The login page won't load!!!", expect: { sentiment: 'negative', intensityAbove: 'calm' } },
  { id: 'calm', text: "The login page won't load.", expect: { sentiment: 'negative' } },
  { id: 'sarcasm', text: 'Oh wonderful, another outage right before our launch.', expect: { sentiment: 'negative', min: { sarcasm: 0.5 }, sarcastic: true } },
  { id: 'sarcasm-2', text: 'Reinstalled it and it still crashes. Perfect.', expect: { sentiment: 'negative', min: { sarcasm: 0.5 }, sarcastic: true } },
  { id: 'sarcasm-thanks', text: 'Wow, thanks for wiping all my saved reports.', expect: { sentiment: 'negative', min: { sarcasm: 0.5 }, cue: 'sarcasm', sarcastic: true } },
  { id: 'plain-request', text: 'Could you send me a copy of the March invoice?', expect: { max: { sarcasm: 0.4 }, sarcastic: false } },
  { id: 'plain-change', text: 'Hello, I would like to change the email on my account.', expect: { sarcastic: false } },
  { id: 'plain-report', text: 'The upload button does nothing when I click it.', expect: { sentiment: 'negative', sarcastic: false } },
  { id: 'urgent', text: 'Our launch is tomorrow morning and checkout keeps failing', expect: { min: { urgency: 0.7 }, cue: 'time-pressure' } },
  { id: 'confused', text: "I'm not certain whether I set this up correctly", expect: { min: { confusion: 0.5 }, scoreMin: -0.5 } },
  { id: 'confused-2', text: 'Am I missing a step here?', expect: { min: { confusion: 0.5 }, scoreMin: -0.5 } },
  { id: 'delighted', text: 'Everything works great now, thanks a ton!', expect: { sentiment: 'positive', min: { satisfaction: 0.7 } } },
  { id: 'lukewarm', text: "Sure, that's okay", expect: { satisfactionBelow: ['delighted', 0.3] } },
  { id: 'jargon', text: 'The SDK keeps throwing exceptions left and right', domain: 'developer-tools', expect: { max: { anger: 0.3, frustration: 0.5 }, cue: 'issue-report' } },
  { id: 'ambiguous', text: 'Honestly, this is incredible', expect: { needsReview: true } },
  { id: 'slang-gaming', text: 'That new skin is sick!', domain: 'gaming', expect: { sentiment: 'positive' } },
  { id: 'slang-health', text: 'That new medication made me sick!', domain: 'healthcare', expect: { sentimentNot: 'positive' } },
  { id: 'clipped', text: 'Nope. Same error. Again.', expect: { sentiment: 'negative', min: { frustration: 0.5 }, cue: 'clipped-sentences' } },
  { id: 'churn', text: 'Unless this is resolved by Monday we will be cancelling our account.', expect: { sentiment: 'negative', min: { urgency: 0.5 }, cue: 'churn-threat' } },
  { id: 'human', text: 'Could I speak with a human please?', expect: { cue: 'human-request' } },
  { id: 'formal', text: 'Kindly confirm receipt of the attached documents at your earliest convenience.', expect: { scoreMin: -0.4, max: { frustration: 0.4 } } },
  { id: 'polite-demand', text: 'Please fix your billing system.', expect: { sentimentNot: 'positive' } },
  { id: 'negated', text: 'No issues at all so far.', expect: { sentimentNot: 'negative' } },
  { id: 'acknowledgement', text: 'Okay, trying that now.', expect: { sentiment: 'neutral', cue: 'acknowledgement' } },
  { id: 'resolved-ambiguity', text: 'Incredible, it works perfectly now!', expect: { sentiment: 'positive' } },
  { id: 'same-problem', text: 'Same problem as yesterday, nothing has changed.', expect: { sentiment: 'negative', cue: 'issue-report' } },
  { id: 'slow', text: 'The reports page takes forever to open.', expect: { sentiment: 'negative', cue: 'issue-report' } },
]
