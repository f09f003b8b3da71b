import { describe, expect, it } from 'vitest'
import type { CueKind } from '../reader/reading.js'
import { splitSentences } from '../text/split-sentences.js'
import { tokenize } from '../text/tokenize.js'
import { detectCues } from './detect-cues.js'

function cues(text: string) {
  const tokens = tokenize(text)
  return detectCues(text, tokens, splitSentences(text, tokens)).cues
}
const kinds = (text: string): CueKind[] => cues(text).map((c) => c.kind)

// Sentences written for these tests; each covers one reading case of the product spec.
describe('detectCues', () => {
  it.each<[string, CueKind]>([
    ['Okay, I suppose that will do.', 'grudging-acceptance'],
    ['Whatever works, I guess.', 'grudging-acceptance'],
    ["This is the fourth time I'm writing in about the same bug.", 'repeat-contact'],
    ['I already reported this last week and it is still broken.', 'repeat-contact'],
    ['Our launch is tomorrow morning and checkout keeps failing', 'time-pressure'],
    ['I need this sorted within 30 minutes', 'time-pressure'],
    ['Nope. Same error. Again.', 'clipped-sentences'],
    ['Unless this is resolved by Monday we will be cancelling our account.', 'churn-threat'],
    ["We're switching to a competitor next month.", 'churn-threat'],
    ['Could I speak with a human please?', 'human-request'],
    ['Get me a manager.', 'human-request'],
    ['The SDK keeps throwing exceptions', 'issue-report'],
    ["The dashboard won't load", 'issue-report'],
    ["I'm not certain whether I set this up correctly", 'hedge'],
    ['Am I missing a step here?', 'hedge'],
    ['Please fix your billing system.', 'politeness'],
    ['No issues at all so far.', 'negation'],
    ['The update is nice but the export is slow', 'contrast'],
    ['WHY IS THIS STILL BROKEN', 'caps'],
    ['sooooo slow', 'elongation'],
    ['really really slow', 'intensifier'],
    ['what the hell happened', 'profanity'],
    ['Honestly this is incredible', 'ambiguous-term'],
    ['thanks 🙏', 'emoji'],
    ['meh :(', 'emoticon'],
  ])('finds %j → %s', (text, kind) => {
    expect(kinds(text)).toContain(kind)
  })

  it('reports a stated emotion as explicit and a repeat contact as implicit', () => {
    const stated = cues('I am really frustrated with how this went.').find((c) => c.kind === 'explicit-emotion')
    expect(stated).toMatchObject({ explicit: true, emotion: 'frustration' })
    const implied = cues('Third time asking about this.').find((c) => c.kind === 'repeat-contact')
    expect(implied?.explicit).toBe(false)
  })

  it('gives spans that slice to the cue words', () => {
    const text = 'Hi! Can I talk to a real person about my bill?'
    const c = cues(text).find((x) => x.kind === 'human-request')
    expect(c?.text).toBe('talk to a real person')
    expect(text.slice(c?.start, c?.end)).toBe(c?.text)
  })

  it('reads "Oh wonderful" as sarcasm only when the message reports a problem', () => {
    expect(kinds('Oh wonderful, another outage right before launch.')).toContain('sarcasm')
    expect(kinds('Oh wonderful, thank you so much!')).not.toContain('sarcasm')
    expect(kinds('Reinstalled and it still crashes. Perfect.')).toContain('sarcasm')
  })

  it('drops praise inside sarcasm and praise under negation', () => {
    expect(kinds('Oh perfect, the app crashed again')).not.toContain('praise')
    expect(kinds('I am not happy with this')).not.toContain('praise')
    expect(kinds('I am not happy with this')).toContain('explicit-emotion')
  })

  it('does not take ordinary words for cues', () => {
    expect(kinds('I will be there at noon to pick up the parcel.')).toEqual([])
    expect(kinds('The demo went well.')).not.toContain('time-pressure')
  })
})
