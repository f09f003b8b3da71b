import { describe, expect, it } from 'vitest'
import { createReader } from '../src/node/index.js'

const reader = createReader()
const kinds = (text: string, previous: string[] = []): string[] => reader.read(text, { previous }).cues.map((c) => c.kind)

// Sentences written for these tests: what earlier messages may and may not add to a reading.
describe('context cues', () => {
  const calm = ['Hello, how do I export my contacts to a spreadsheet?', 'Got it, and can I choose which columns go in?']

  it('leaves the third message of a calm conversation as it reads alone', () => {
    const text = 'Great, and does the export include archived contacts too?'
    const alone = reader.read(text)
    const inContext = reader.read(text, { previous: calm })
    expect(inContext.cues.map((c) => c.kind)).not.toContain('repeat-contact')
    expect(inContext.sentiment.label).toBe(alone.sentiment.label)
    expect(inContext.emotions.frustration).toBeCloseTo(alone.emotions.frustration, 5)
  })

  it("reads the customer's own words as repeat contact", () => {
    expect(kinds("This is the third time I've contacted you about the same export bug.")).toContain('repeat-contact')
    expect(kinds("This is the third time I've contacted you about the same export bug.", calm)).toContain('repeat-contact')
  })

  it('takes "as I said" and "still" as a repeat only when there was something said before', () => {
    const text = 'As I said, the export button does nothing on the contacts page.'
    expect(kinds(text)).not.toContain('repeat-contact')
    expect(kinds(text, ['The export button does nothing when I press it.'])).toContain('repeat-contact')
  })

  it('takes "writing again" as a repeat even as the first message of a new conversation', () => {
    expect(kinds('Writing again about the logouts on the tablet app. Nothing has changed.')).toContain('repeat-contact')
    expect(kinds('I already sent you the screenshot of the error yesterday.')).toContain('repeat-contact')
  })

  it('takes the same ask in nearly the same words as a repeat', () => {
    const first = 'Can you refund the duplicate charge on invoice 4471 from last Tuesday?'
    expect(kinds('Can you refund the duplicate charge on invoice 4471, please?', [first])).toContain('repeat-contact')
    expect(kinds('Can you also resend the March receipt by email?', [first])).not.toContain('repeat-contact')
  })

  it('does not read "thanks again" or a sincere thank-you as a repeat or as louder', () => {
    const previous = ['The sync was broken for a day.', 'Okay, trying the new version now.']
    expect(kinds('Thanks again, it works now!!', previous)).not.toContain('repeat-contact')
    expect(kinds('Thanks again, it works now!!', previous)).not.toContain('escalating-intensity')
  })

  it('adds no English context cue to text in another language (read by the multilingual model or not at all)', () => {
    const previous = ['Hallo, ich habe eine Frage zum Export.', 'Gibt es etwas Neues?']
    const text = 'WARUM IST DER EXPORT IMMER NOCH KAPUTT!!! Ich habe schon zweimal geschrieben!'
    const r = reader.read(text, { previous })
    expect(r.language).toBe('de')
    expect(r.cues.map((c) => c.kind)).not.toContain('escalating-intensity')
    // Its cues are the German table's, found in the message itself: the earlier messages add none.
    expect(r.cues).toEqual(reader.read(text).cues)
    const dutch = reader.read('WAAROM IS DE EXPORT NOG STEEDS KAPOT!!! Ik heb al twee keer geschreven!', { previous: ['Hallo, ik heb een vraag.', 'Is er nieuws?'] })
    expect(dutch.languageSupported).toBe(false)
    expect(dutch.cues.map((c) => c.kind)).not.toContain('repeat-contact')
    expect(dutch.needsReview).toBe(true)
  })

  describe('a detail said again in a short reply', () => {
    const booking = ['Please book a table for two at Luigi’s tonight at 6:30.']
    it('reads a correction that repeats what the customer gave as said again, not as a repeat contact', () => {
      expect(kinds('No, 6:30.', booking)).toContain('restated-ask')
      expect(kinds('Luigi’s, not Mario’s.', booking)).toContain('restated-ask')
      expect(kinds('No, 6:30.', booking)).not.toContain('repeat-contact')
      expect(kinds('Saturday. Not Sunday.', ['I want a train to Leeds on Saturday morning.'])).toContain('restated-ask')
    })
    it('needs an earlier message with the detail in it', () => {
      expect(kinds('No, 6:30.')).not.toContain('restated-ask')
      expect(kinds('No, 7:15.', booking)).not.toContain('restated-ask')
    })
    it('leaves confirmations, thanks, outcries and long messages alone', () => {
      expect(kinds('Yes, 6:30 is right.', booking)).not.toContain('restated-ask')
      expect(kinds('Thanks, 6:30 at Luigi’s is perfect!', booking)).not.toContain('restated-ask')
      expect(kinds('Wait, wait, wait!', ['Wait! Stop the order!'])).not.toContain('restated-ask')
      expect(kinds('Could you also tell me whether Luigi’s has a table outside for later this evening?', booking)).not.toContain('restated-ask')
    })
    it('does not count words every message has, or words the reader hears feeling in', () => {
      expect(kinds('Really sorry about that.', ['Really sorry to bother you, I have a question about my order.'])).not.toContain('restated-ask')
      expect(kinds('Any update on the order?', ['Where is my order?'])).not.toContain('restated-ask')
    })
    it('pulls the reading a little toward negative without changing a neutral label', () => {
      const r = reader.read('No, 6:30.', { previous: booking })
      expect(r.sentiment.score).toBeLessThan(reader.read('No, 6:30.').sentiment.score)
      expect(r.sentiment.label).not.toBe('positive')
    })
  })
})

