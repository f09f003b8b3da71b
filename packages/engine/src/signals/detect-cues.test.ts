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
    ['We have a board meeting at 9am tomorrow and the numbers are missing.', 'time-pressure'],
    ['Our investor demo tomorrow depends on this export.', 'time-pressure'],
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

  it('takes urgency back where the words do ("not urgent", "no rush", "whenever you get to it")', () => {
    for (const text of [
      'The weekly digest stopped arriving. Not urgent.', 'It is not at all urgent, the report can wait.', 'No rush, the webhook retries just look odd.',
      'Could you check the CSV columns whenever you get a chance?', 'This is low priority.', 'It is not time sensitive.', "I'm in no rush with this one.",
    ]) {
      const found = cues(text)
      expect(found.some((c) => c.kind === 'negation' && c.weight > 0), text).toBe(true)
      expect(found.map((c) => c.kind), text).not.toContain('time-pressure')
    }
    expect(kinds('This is urgent: checkout fails for every customer.')).toContain('time-pressure')
  })

  it('does not read a meeting or demo that already happened as a deadline', () => {
    for (const text of ['The demo on Friday went well.', 'We had a meeting on Monday about the invoice.']) expect(kinds(text), text).not.toContain('time-pressure')
  })

  it('does not read a trip or a changed appointment as a churn threat', () => {
    for (const text of ['I am leaving from Boston early tomorrow, can we talk after?', "I'm leaving for Lisbon next week.", 'Please cancel the call with Dana, she is out sick.', 'Can we cancel the service call on Friday?', "We're leaving a review once this is fixed.", "We're leaving Paris on the 12th, can we extend the rental?", 'I am leaving early today.']) {
      expect(kinds(text), text).not.toContain('churn-threat')
    }
    for (const text of ["We're leaving. Nothing works.", 'I want to cancel my subscription.', 'We are leaving if this is not fixed by Monday.', "I'm leaving because of the price hike.", 'We are leaving you for a competitor.', 'We are leaving']) {
      expect(kinds(text), text).toContain('churn-threat')
    }
  })

  it('reads a stretch without a service, a fix that has not come and a recurring failure as problems', () => {
    for (const text of ['Two weeks without invoices now.', 'Another week without invoices.', 'Nothing has been fixed since Tuesday.', 'The ticket was never resolved.', "The report hasn't loaded since noon."]) {
      expect(kinds(text), text).toContain('issue-report')
    }
    expect(kinds('Ten days without any errors.')).not.toContain('issue-report')
    expect(kinds("I haven't started the course yet.")).not.toContain('issue-report')
    expect(kinds('That is the third crash today.')).toContain('repeat-contact')
    expect(kinds('The sync keeps failing on my laptop.')).toContain('repeat-contact')
  })

  it('reads praise for what the customer pays for, over an outage, as sarcasm', () => {
    expect(kinds('Four hours without login, worth every penny.')).toContain('sarcasm')
    expect(kinds('Two weeks without reports is just what we signed up for.')).toContain('sarcasm')
    expect(kinds('Our plan is exactly what we signed up for, thanks.')).not.toContain('sarcasm')
  })

  it('takes an error word inside a reassurance for no problem at all', () => {
    expect(kinds('Ten days without any errors, great job!')).not.toContain('sarcasm')
    expect(kinds('Ten days without any errors, great job!')).toContain('praise')
  })

  it('does not take ordinary words for cues', () => {
    expect(kinds('I will be there at noon to pick up the parcel.')).toEqual([])
    expect(kinds('The demo went well.')).not.toContain('time-pressure')
  })
})
