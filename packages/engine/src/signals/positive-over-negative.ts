import type { Cue } from '../reader/reading.js'

/**
 * Whether a message says something good about something bad, the shape sarcasm takes: a
 * positive surface (praise, thanks, a happy emoji, or positive probability over 0.3; not a
 * polite form: "Please help as soon as you can" over an outage is a polite complaint) over a negative situation (a cue pulling at -0.3 or more, a
 * deadline aside, or negative probability over 0.3). Praise or thanks with no negative cue in sight is sincere, whatever the probabilities
 * say; so is praise before "but" or "however" with a complaint after it, a concession: "Thanks
 * for the quick reply, but it still fails" means both halves.
 *
 * @param p Sentiment probabilities, negative, neutral, positive.
 */
export function positiveOverNegative(cues: readonly Cue[], p: readonly [number, number, number]): boolean {
  // A deadline is no fault: "Many thanks to Mr. Patel for the extra lesson before the exam".
  const negativeCue = cues.some((c) => c.weight <= -0.3 && c.kind !== 'time-pressure')
  if (!negativeCue && cues.some((c) => c.kind === 'praise' || c.kind === 'gratitude')) return false
  const positiveSurface = p[2] > 0.3 || cues.some(isPositiveSurface)
  const negativeSituation = p[0] > 0.3 || negativeCue
  return positiveSurface && negativeSituation && !isConcession(cues)
}

/**
 * True when every positive cue comes before a "but"-word and a complaint comes after it: the good
 * side was conceded before the point was made. `heard`: the learned cues heard the message complain
 * though no rule named the complaint ("Lovely staff, really, but the tattoo is noticeably crooked and
 * I paid £300 for it."); it stands for the complaint after the turn.
 */
export function isConcession(cues: readonly Cue[], heard = false): boolean {
  let turn = -1
  for (const c of cues) if (c.kind === 'contrast') turn = c.start
  if (turn < 0) return false
  let conceded = false
  let complaint = heard
  for (const c of cues) {
    if (isPositiveSurface(c) || isThanksCourtesy(c)) {
      if (c.start > turn) return false
      conceded = true
    } else if (c.weight <= -0.3 && c.start > turn) complaint = true
  }
  return conceded && complaint
}

// Thanks said as a courtesy ("Thank you for your reply. However, …") concede as warmer thanks do.
const THANKS_COURTESY = /^(?:many |big )?(?:thanks|thank|cheers|appreciate)/i

function isThanksCourtesy(c: Cue): boolean {
  return c.kind === 'politeness' && c.text !== undefined && THANKS_COURTESY.test(c.text)
}

function isPositiveSurface(c: Cue): boolean {
  return c.kind === 'praise' || c.kind === 'gratitude' || (c.kind === 'emoji' && c.weight > 0)
}
