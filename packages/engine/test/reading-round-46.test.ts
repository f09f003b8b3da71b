import { describe, expect, it } from 'vitest'
import { createReader } from '../src/node/index.js'

const reader = createReader()
const kinds = (t: string, domain?: string): string[] => reader.read(t, domain === undefined ? {} : { domain }).cues.map((c) => c.kind)

// Sentences written for this test: what the forty-sixth round of reading kinds found missing, each said
// otherwise than the round's customers said it, with the near misses that must stay as they were.
describe('puzzlement asked outright', () => {
  it('hears "how come" and a slip of the customer\'s own as confusion', () => {
    for (const t of ['How come my invoice shows two different totals?', 'Did I somehow subscribe to both plans?']) {
      const r = reader.read(t)
      expect(r.emotions.confusion, t).toBeGreaterThanOrEqual(0.5)
      expect(r.sentiment.score, t).toBeGreaterThanOrEqual(-0.5)
    }
  })

  it('leaves "came" and a plain past question alone', () => {
    expect(kinds('I came here to ask about my order.')).not.toContain('explicit-emotion')
    expect(kinds('Did I mention the parcel arrived?')).not.toContain('explicit-emotion')
  })
})

describe('delight with how a thing turned out', () => {
  it('hears the best ever tried or bought, a hit with someone, and how it looks or fits', () => {
    for (const t of ['Best running shoes I have ever bought, and the best ones I\'ve ever tried.', 'The cake was a huge hit with the guests!', 'The new curtains look so good in the lounge.']) {
      expect(kinds(t), t).toContain('praise')
      expect(reader.read(t).sentiment.label, t).toBe('positive')
    }
  })

  it('leaves a look taken back and a fee that hit', () => {
    expect(kinds("The jacket doesn't look that good in person.")).not.toContain('praise')
    expect(kinds('I was hit with a late fee.')).not.toContain('praise')
  })
})

describe('faults a developer reports without a fault word', () => {
  it('hears a field back as null, paging that stops, inconsistent values and a side effect not expected', () => {
    for (const t of [
      'The search endpoint comes back as empty for any query with an accent.',
      'The export stops at page 3 on large workspaces.',
      'Timestamps in the audit log look inconsistent across regions.',
      'Expected no network calls in offline mode; telemetry is sent anyway.',
      'The sandbox flag still uploads the bundle to production.',
    ]) {
      const r = reader.read(t, { domain: 'developer-tools' })
      expect(r.cues.map((c) => c.kind), t).toContain('issue-report')
      expect(r.emotions.anger, t).toBeLessThanOrEqual(0.3)
    }
  })

  it('leaves a fault that stopped and an expectation met', () => {
    expect(kinds('The setup wizard stops after the last step, as designed.', 'developer-tools')).not.toContain('issue-report')
    expect(kinds('Everything worked as expected.', 'developer-tools')).not.toContain('issue-report')
  })
})

describe('disbelief that could go either way', () => {
  it('sends "are you kidding", "you have got to be joking" and a bare "no way" to review', () => {
    for (const t of ['Are you kidding me?', 'You have got to be joking.', 'No way!']) expect(reader.read(t).needsReview, t).toBe(true)
  })

  it('leaves "no way to" and "there\'s no way" as what they say', () => {
    for (const t of ["There's no way to change my email.", 'No way to reset it from the app.']) expect(kinds(t), t).not.toContain('ambiguous-term')
  })
})

describe('churn with the business taken elsewhere', () => {
  it('hears accounts transferred elsewhere and the business moved to a rival kind of provider', () => {
    for (const t of ["Fix the outage by tonight or we're transferring our company accounts elsewhere.", "If this isn't resolved I'm switching my business to another provider."]) {
      expect(kinds(t), t).toContain('churn-threat')
      expect(reader.read(t).sentiment.label, t).toBe('negative')
    }
  })

  it('leaves an appointment or files moved', () => {
    for (const t of ['Could you move my appointment to another day?', "I'm moving my photos to a new folder."]) expect(kinds(t), t).not.toContain('churn-threat')
  })
})

describe('a person asked for without an article', () => {
  it('hears "have someone ring me" and "can somebody call me"', () => {
    for (const t of ['Please have someone ring me, it is easier to explain.', 'Can somebody call me about this?']) expect(kinds(t), t).toContain('human-request')
  })

  it('leaves a call that came', () => {
    expect(kinds('Somebody called me about the parcel yesterday.')).not.toContain('human-request')
  })
})

describe('redress asked for politely', () => {
  it('is a demand, not thanks', () => {
    for (const t of ["I'd appreciate a prompt refund for the heater that broke in a week.", 'Would you please finally send the replacement you promised two weeks ago?']) expect(reader.read(t).sentiment.label, t).not.toBe('positive')
  })

  it('leaves thanks for a refund given', () => {
    const r = reader.read('I appreciate the refund, it came through today.')
    expect(r.cues.map((c) => c.kind)).toContain('gratitude')
    expect(r.sentiment.label).toBe('positive')
  })
})

describe('faults denied with their verb', () => {
  it('reads "nothing was missing" and "none of them were cracked" as no problem', () => {
    const t = 'None of the plates were cracked and nothing was missing this time.'
    expect(kinds(t)).not.toContain('issue-report')
    expect(reader.read(t).sentiment.label).not.toBe('negative')
  })

  it('leaves what never came', () => {
    expect(reader.read('Nothing was delivered and the tracking says complete.').sentiment.label).not.toBe('positive')
  })
})

describe('amazement that context resolves', () => {
  it('reads a loss recovered and "still can\'t believe" with praise as delight', () => {
    for (const t of ['You tracked down my lost wallet? Incredible.', 'I still cannot believe how quickly the kitchen came together. You lot are magicians.']) {
      expect(reader.read(t).sentiment.label, t).toBe('positive')
      expect(kinds(t), t).not.toContain('repeat-contact')
    }
  })

  it('keeps a fault still there', () => {
    expect(kinds("I still can't log in.")).toContain('repeat-contact')
  })
})

describe('urgency taken back by being content to wait', () => {
  it('is calm and no delight', () => {
    const r = reader.read('No hurry on this one: my invoice has the wrong postcode. Happy to wait until next week.')
    expect(r.emotions.urgency).toBeLessThanOrEqual(0.3)
    expect(r.sentiment.label).not.toBe('positive')
  })

  it('leaves a wait refused', () => {
    expect(reader.read("I'm not happy to wait another month for this.").cues.some((c) => c.kind === 'negation' && c.text.startsWith('happy'))).toBe(false)
  })
})

describe('praise conceded before the point', () => {
  it('hears praise before "however" and data gone after thanks as a complaint', () => {
    for (const t of ['The nurses were wonderful, however my discharge papers were never sent to my GP.', 'Thanks for resetting my password, but now all my saved addresses are gone.']) {
      const r = reader.read(t)
      expect(r.sentiment.label, t).toBe('negative')
      expect(r.emotions.frustration, t).toBeGreaterThanOrEqual(0.4)
      expect(r.emotions.satisfaction, t).toBeLessThanOrEqual(0.3)
    }
  })

  it('leaves a pain gone', () => {
    expect(kinds('The pain in my wrist is gone since I got the new keyboard, thanks!')).not.toContain('issue-report')
  })
})

describe('advice thanked for, then called obvious', () => {
  it('is sarcasm', () => {
    const r = reader.read('Thanks for suggesting I clear my cookies, would never have guessed a browser keeps cookies.')
    expect(r.emotions.sarcasm).toBeGreaterThanOrEqual(0.5)
    expect(r.sentiment.label).not.toBe('positive')
  })

  it('leaves advice that worked and something the customer did not know', () => {
    // Said with no outcome, "Thanks for telling me to update the app, I never knew there was a new
    // version." reads as sarcasm since the learned cues trained on round 93's replies to advice
    // (2026-12-07): in isolation it is as likely one as the other. With the outcome it is thanks.
    for (const t of ['Thanks for telling me to restart the router, never would have thought of it and it works now!', 'Thanks for telling me to update the app, I never knew there was a new version and now it works.']) expect(kinds(t), t).not.toContain('sarcasm')
  })
})

describe('praise over a bad situation', () => {
  it('reads enjoying days without a working thing as sarcasm', () => {
    const r = reader.read('Really enjoying my third day without a working shower. Great stuff.')
    expect(r.sentiment.label).toBe('negative')
    expect(r.emotions.sarcasm).toBeGreaterThanOrEqual(0.5)
  })

  it('flags a job praised before its fault, unturned, as sarcastic', () => {
    const r = reader.read('Stellar work on the delivery — only two of the four chairs arrived.')
    expect(r.sarcastic).toBe(true)
    expect(r.sentiment.label).not.toBe('positive')
  })

  it('leaves praise turned from with "though"', () => {
    expect(reader.read('Lovely job on the kitchen, though one cupboard door is broken.').sarcastic).toBe(false)
  })
})

describe('sarcasm over a fault', () => {
  it('hears "wow excellent" and the finest in the business over a fault, and a print upside down', () => {
    for (const t of ['wow excellent, the card reader froze mid-payment again', 'Lost my bag again. Truly the finest airline in the business.', 'Perfect. The banner arrived printed upside down.']) {
      const r = reader.read(t)
      expect(r.sentiment.label, t).toBe('negative')
      expect(r.emotions.sarcasm, t).toBeGreaterThanOrEqual(0.5)
    }
  })

  it('leaves the best in the business with nothing wrong', () => {
    expect(reader.read('Honestly the best support team in the business, thanks for sorting my login.').sentiment.label).toBe('positive')
  })
})

describe('plans changed, a fix thanked for, a greeting with an apology', () => {
  it('reads a booking moved after plans cancelled as no churn and not negative', () => {
    const t = 'I need to cancel my plans on Friday, can we move the viewing to Monday?'
    expect(kinds(t)).not.toContain('churn-threat')
    expect(reader.read(t).sentiment.label).not.toBe('negative')
  })

  it('reads thanks for a cracked thing swapped as sincere', () => {
    const r = reader.read('Thank you for swapping the cracked mirror so quickly!')
    expect(r.sentiment.label).toBe('positive')
    expect(r.emotions.sarcasm).toBeLessThanOrEqual(0.15)
  })

  it('keeps a replacement not done a fault', () => {
    expect(kinds("You still haven't replaced the cracked mirror.")).not.toContain('praise')
  })

  it('reads "sorry to bother you" with a greeting as a greeting', () => {
    expect(reader.read('Hello, sorry to bother you.').sentiment.label).toBe('neutral')
  })
})

describe('a deadline beside what never came', () => {
  it('is urgent', () => {
    const t = 'My flight is at 6 tomorrow and the airline never sent the boarding pass.'
    expect(kinds(t)).toContain('issue-report')
    expect(reader.read(t).emotions.urgency).toBeGreaterThanOrEqual(0.7)
  })

  it('leaves what the customer never sent', () => {
    expect(kinds("I never sent the form, so that's on me.")).not.toContain('issue-report')
  })
})

describe('acceptance through gritted teeth, and a contact pointed back to', () => {
  it('hears "but alright, go ahead" and no energy left to fight as grudging', () => {
    for (const t of ["I'm not thrilled about it but alright, go ahead and cancel it.", "I don't have the energy to fight this any more, just apply the credit."]) expect(kinds(t), t).toContain('grudging-acceptance')
  })

  it('leaves a plain go-ahead', () => {
    expect(kinds('Alright, go ahead and book it, thanks!')).not.toContain('grudging-acceptance')
  })

  it('hears a colleague told before, with when, as repeat contact', () => {
    expect(kinds('Like I told the agent on Monday, the heater still is not fixed.')).toContain('repeat-contact')
    expect(kinds('I told the agent I was pleased with the visit.')).not.toContain('repeat-contact')
  })
})
