import { describe, expect, it } from 'vitest'
import { createReader, type Reading } from '../src/node/index.js'

// Sentences written for this test, after round 60's conversations (a deadline kept open by thanks).
const reader = createReader()
const kinds = (r: Reading): string[] => r.cues.map((c) => c.kind)

describe('deadlines and fixes said in conversation', () => {
  it('hears a deadline named with where it goes, and leaving for it by an hour', () => {
    for (const t of ['My train to Leeds is TONIGHT and the app has cancelled my ticket.', 'Her surgery at St Mary\'s is tomorrow and the referral letter never came.', 'I need to leave for the station by 7, can you resend the tickets?']) {
      expect(kinds(reader.read(t)), t).toContain('time-pressure')
    }
    expect(kinds(reader.read('My flight to Rome was lovely, thanks.'))).not.toContain('time-pressure')
  })

  it('reads a fix hoped for or waited on as no fix, and one reported as done as one', () => {
    for (const t of ['Ok thanks, hope it\'s fixed soon.', 'Let me know once it\'s sorted please.', 'Fingers crossed, hopefully it\'s resolved before the meeting.']) {
      expect(kinds(reader.read(t)), t).not.toContain('praise')
    }
    for (const t of ['Great news, it\'s fixed now, thank you!', 'Checked again this morning and it\'s sorted.']) expect(kinds(reader.read(t)), t).toContain('praise')
  })

  it('hears a morning or a trip saved as praise', () => {
    const r = reader.read('Boarded with minutes to spare. You saved my morning, thank you.')
    expect(kinds(r)).toContain('praise')
    expect(r.sentiment.label).toBe('positive')
  })
})
