import { describe, expect, it } from 'vitest'
import { createReader, type CueKind, type Reading } from '../src/node/index.js'

// Sentences written for these tests: support phrasings a new user's first hour turned up (after
// issue 15's own list), each group with the sincere twin the fix must leave alone.
const reader = createReader()
const read = (text: string): Reading => reader.read(text)
const show = (r: Reading): string => `${r.sentiment.label} ${r.sentiment.score} sarcastic=${r.sarcastic} ${JSON.stringify(r.emotions)} ${r.cues.map((c) => `${c.kind}:${c.text}`).join(', ')}`
const kinds = (r: Reading): CueKind[] => r.cues.map((c) => c.kind)

describe('reader: praise that opens a complaint', () => {
  it('reads "Lovely, …" and "Perfect, …" over a problem as sarcasm and negative', () => {
    for (const text of ['Lovely, the update wiped all my saved filters.', 'Perfect, now it will not even open.', "Perfect, now it won't even open.", 'Nice, the update deleted my drafts.']) {
      const r = read(text)
      expect(r.sentiment.label, `${text} → ${show(r)}`).toBe('negative')
      expect(r.sarcastic, `${text} → ${show(r)}`).toBe(true)
      expect(r.emotions.satisfaction, `${text} → ${show(r)}`).toBeLessThan(0.3)
    }
  })

  it('leaves the opener sincere with nothing wrong, before thanks, or before a "but"', () => {
    for (const text of ['Great, the new invoice layout looks much cleaner.', "Perfect, that's exactly the report we needed.", 'Brilliant, I can finally export to Excel.', 'Great, thanks for fixing the crash so quickly.']) {
      const r = read(text)
      expect(r.sentiment.label, `${text} → ${show(r)}`).toBe('positive')
      expect(r.sarcastic, `${text} → ${show(r)}`).toBe(false)
    }
    const conceded = read('Great, but it still crashes when I upload a PDF.')
    expect(kinds(conceded), show(conceded)).not.toContain('sarcasm')
    expect(conceded.sentiment.label, show(conceded)).toBe('negative')
  })

  it('reads praise for a harm done as sarcasm', () => {
    for (const text of ['Great job breaking the login page again.', 'Nice work deleting half of our contacts.']) {
      const r = read(text)
      expect(r.sentiment.label, `${text} → ${show(r)}`).toBe('negative')
      expect(kinds(r), `${text} → ${show(r)}`).toContain('sarcasm')
    }
    expect(read('Great job on the new release, the editor is so much faster.').sentiment.label).toBe('positive')
  })
})

describe('reader: a problem named as fixed', () => {
  it('is praise, not a problem report', () => {
    for (const text of ['The crash is fixed. Great!', 'Thanks for fixing the sync error this morning.', 'The login bug has been resolved, thank you.']) {
      const r = read(text)
      expect(r.sentiment.label, `${text} → ${show(r)}`).toBe('positive')
      expect(kinds(r), `${text} → ${show(r)}`).not.toContain('issue-report')
      expect(r.sarcastic, `${text} → ${show(r)}`).toBe(false)
    }
  })

  it('stays a problem when the fix is denied', () => {
    for (const text of ['You still have not fixed the crash.', "Nobody has fixed the bug and it's been a week."]) {
      const r = read(text)
      expect(r.sentiment.label, `${text} → ${show(r)}`).toBe('negative')
      expect(kinds(r), `${text} → ${show(r)}`).not.toContain('praise')
    }
  })

  it('reads a fix that works, and "not bad", as good news', () => {
    for (const text of ['Not bad at all, the fix works.', 'The workaround did the trick.']) {
      const r = read(text)
      expect(r.sentiment.label, `${text} → ${show(r)}`).toBe('positive')
    }
  })
})

describe('reader: urgency said in other words', () => {
  it('hears "please hurry" and wages held up', () => {
    const r = read('Please hurry, our payroll run is blocked and employees will not get paid today.')
    expect(r.emotions.urgency, show(r)).toBeGreaterThanOrEqual(0.7)
    expect(r.sentiment.label, show(r)).toBe('negative')
  })

  it('takes "no hurry" and "don\'t rush" back', () => {
    for (const text of ['No hurry, the report can wait until next week.', "Don't rush, it's only a typo on the invoice.", 'Do not hurry on this one, the old export still works.']) {
      const r = read(text)
      expect(r.emotions.urgency, `${text} → ${show(r)}`).toBeLessThanOrEqual(0.2)
      expect(kinds(r), `${text} → ${show(r)}`).not.toContain('time-pressure')
    }
  })
})

describe('reader: complaints without a complaint word', () => {
  it('reads concessions after the fact as grudging', () => {
    const r = read('It works, I suppose. Took long enough.')
    expect(r.sentiment.label, show(r)).toBe('negative')
    expect(kinds(r), show(r)).toContain('grudging-acceptance')
  })

  it('reads a fault that recurs, a wait on hold and a parcel marked delivered as problems', () => {
    for (const text of ['The dark mode toggle resets every time I log in.', "It's been 45 minutes on hold.", "My package says delivered but it's not here.", 'Our payroll run is blocked.']) {
      const r = read(text)
      expect(r.sentiment.label, `${text} → ${show(r)}`).toBe('negative')
      expect(kinds(r), `${text} → ${show(r)}`).toContain('issue-report')
    }
  })

  it('hears a customer who thinks nobody reads them', () => {
    for (const text of ['Is anyone actually reading these messages?', 'Can someone please just answer me.']) {
      const r = read(text)
      expect(kinds(r), `${text} → ${show(r)}`).toContain('human-request')
      expect(r.sentiment.label, `${text} → ${show(r)}`).toBe('negative')
    }
    expect(kinds(read('Can someone help me set up the Slack integration?'))).not.toContain('human-request')
  })

  it('reads a chargeback and a last attempt as churn threats', () => {
    for (const text of ['This is my last attempt before I dispute the charge with my bank.', 'I will file a chargeback if the refund is not here by Monday.']) {
      const r = read(text)
      expect(kinds(r), `${text} → ${show(r)}`).toContain('churn-threat')
    }
    expect(kinds(read('The charge on my statement looks right, thanks.'))).not.toContain('churn-threat')
  })
})

describe('reader: ordinary requests stay ordinary', () => {
  it('reads moving up a plan as no churn threat', () => {
    for (const text of ['Our team is growing fast, so we are switching to the enterprise plan.', "We're moving to annual billing from next month."]) {
      const r = read(text)
      expect(kinds(r), `${text} → ${show(r)}`).not.toContain('churn-threat')
      expect(r.sentiment.label, `${text} → ${show(r)}`).not.toBe('negative')
    }
    expect(kinds(read('We are switching to another provider next month.'))).toContain('churn-threat')
  })

  it('reads a routine "please update" as a request, not a demand', () => {
    const r = read('We are moving to a new office next month, please update our billing address.')
    expect(r.sentiment.label, show(r)).not.toBe('negative')
  })

  it('reads a greeting as no praise', () => {
    const r = read('Happy Friday! Quick one: how do I change my avatar?')
    expect(kinds(r), show(r)).not.toContain('praise')
    expect(r.emotions.satisfaction, show(r)).toBeLessThan(0.6)
  })

  it('reads praise said plainly', () => {
    for (const text of ["Honestly the best customer service I've had in years.", "I'm done with the setup, everything is working."]) {
      const r = read(text)
      expect(r.sentiment.label, `${text} → ${show(r)}`).toBe('positive')
      expect(kinds(r), `${text} → ${show(r)}`).toContain('praise')
      expect(r.sarcastic, `${text} → ${show(r)}`).toBe(false)
    }
  })

  it('reads a mild fault as a problem report', () => {
    for (const text of ['The export finished but the dates are in the wrong format.', 'The mobile app needs some work.']) {
      expect(kinds(read(text)), text).toContain('issue-report')
    }
  })
})

describe('reader: complaints told calmly', () => {
  it('reads a price raised without notice and a refund asked for as a complaint', () => {
    const text = 'Hello, I have been a customer for 6 years. Last month my plan price went up by 30% without any notice. I would like an explanation and a refund of the difference. Regards, Ana'
    const r = read(text)
    expect(r.sentiment.label, show(r)).toBe('negative')
    expect(kinds(r), show(r)).toContain('issue-report')
  })

  it('reads help that did not help, and time gone by, as problems', () => {
    for (const text of ["The agent was friendly but didn't actually solve anything.", "What's going on with my order? It's been a week.", 'It has been three days and the refund is not there.']) {
      const r = read(text)
      expect(r.sentiment.label, `${text} → ${show(r)}`).toBe('negative')
      expect(kinds(r), `${text} → ${show(r)}`).toContain('issue-report')
    }
    expect(kinds(read("It's been a great week with the new dashboard, thanks!"))).not.toContain('issue-report')
    expect(read('Thanks, that really helped!').sentiment.label).toBe('positive')
  })

  it('hears an ask for a person instead of a bot', () => {
    const r = read("I'd rather not chat with a bot, can I get a person please?")
    expect(kinds(r), show(r)).toContain('human-request')
  })

  it('does not take "says everything is fine" for praise', () => {
    const r = read("It doesn't help that your status page says everything is fine.")
    expect(kinds(r), show(r)).not.toContain('praise')
    expect(r.sentiment.label, show(r)).toBe('negative')
  })
})

describe('reader: acronyms are no shouting', () => {
  it('reads VAT, IBAN and GDPR as names, and shouted words as shouting', () => {
    for (const text of ['Why is the VAT on my invoice wrong?', 'Can you update the IBAN on our account?', 'Where is your GDPR data processing agreement?']) {
      expect(kinds(read(text)), text).not.toContain('caps')
    }
    expect(kinds(read('WHY IS THIS STILL BROKEN'))).toContain('caps')
  })
})

describe('reader: travel and delivery complaints', () => {
  it('reads delays, cancellations and time stuck as problems', () => {
    for (const text of ['@carrier my train got cancelled and nobody at the station can tell us anything', '@carrier delayed again... missed my connection', '@shop your app will not let me check out', "@shop your app won't let me check out"]) {
      const r = read(text)
      expect(r.sentiment.label, `${text} → ${show(r)}`).toBe('negative')
      expect(kinds(r), `${text} → ${show(r)}`).toContain('issue-report')
    }
  })

  it('reads a lone "great." after time stuck as sarcasm', () => {
    const r = read('@carrier 2 hours on the tarmac and counting. great.')
    expect(r.sentiment.label, show(r)).toBe('negative')
    expect(r.sarcastic, show(r)).toBe(true)
  })

  it('keeps "let me check" a step', () => {
    const r = read('Ok, let me check and get back to you.')
    expect(kinds(r), show(r)).toContain('acknowledgement')
    expect(r.sentiment.label, show(r)).not.toBe('negative')
  })
})

describe('reader: needs, holds and demands', () => {
  it('hears a need for today and work held up as urgent', () => {
    const r = read('I need these invoices today, this is holding up our month-end close.')
    expect(kinds(r), show(r)).toContain('time-pressure')
    expect(r.emotions.urgency, show(r)).toBeGreaterThanOrEqual(0.5)
  })

  it('reads a fix demanded now as urgent, and one reported now as done', () => {
    const demanded = read('Please get it working now, customers are waiting.')
    expect(kinds(demanded), show(demanded)).not.toContain('praise')
    expect(demanded.emotions.urgency, show(demanded)).toBeGreaterThanOrEqual(0.7)
    for (const text of ['Brilliant, all sorted now. Thanks so much!', 'It is fixed now, thanks.', 'Got it working again, thanks!']) {
      const r = read(text)
      expect(kinds(r), `${text} → ${show(r)}`).not.toContain('time-pressure')
      expect(r.emotions.urgency, `${text} → ${show(r)}`).toBeLessThan(0.2)
      expect(r.emotions.satisfaction, `${text} → ${show(r)}`).toBeGreaterThan(0.7)
    }
  })

  it('reads being billed for more than there is as a complaint', () => {
    const r = read('You billed us for 15 licences but we only have 9!')
    expect(kinds(r), show(r)).toContain('issue-report')
    expect(r.sentiment.label, show(r)).toBe('negative')
  })
})

describe('reader: a fix asked for by a date', () => {
  it('reads "please ensure this is resolved before our audit" as urgent, and thanks for a fix made as thanks', () => {
    for (const text of ['Please ensure this is resolved before our audit on Thursday.', 'Please make sure it gets sorted before our launch tomorrow.']) {
      const r = read(text)
      expect(kinds(r), `${text} → ${show(r)}`).not.toContain('praise')
      expect(r.emotions.urgency, `${text} → ${show(r)}`).toBeGreaterThanOrEqual(0.6)
    }
    const thanks = read('Thanks for making sure everything is fixed, great work.')
    expect(thanks.sentiment.label, show(thanks)).toBe('positive')
    expect(thanks.sarcastic, show(thanks)).toBe(false)
  })
})

describe('reader: a long complaint, told politely', () => {
  it('hears the blocked team, the unanswered emails, the deadline and the options weighed', () => {
    const text = 'Hi Support team, I hope you are well. Since the update last Monday, the nightly export has failed every single night. This is now blocking our finance team from closing the month. My two previous emails went unanswered and I feel ignored. If we cannot get this resolved by Friday, we will have to consider other options. Kind regards, Sam'
    const r = read(text)
    expect(r.sentiment.label, show(r)).toBe('negative')
    expect(r.emotions.urgency, show(r)).toBeGreaterThanOrEqual(0.7)
    for (const kind of ['time-pressure', 'churn-threat', 'issue-report'] as const) expect(kinds(r), show(r)).toContain(kind)
    expect(kinds(read('We need to look at other options for the report layout.'))).not.toContain('churn-threat')
  })

  it('reads praise tacked on after a complaint as sarcasm, and praise on its own as praise', () => {
    const r = read('The app logged me out again this morning. Third time this week. Great support, by the way, really.')
    expect(r.sarcastic, show(r)).toBe(true)
    expect(r.emotions.satisfaction, show(r)).toBeLessThan(0.3)
    expect(read('Thanks Maria, great support, really appreciated!').sarcastic).toBe(false)
    expect(read('Great job by the way on the new release, the editor is much faster.').sentiment.label).toBe('positive')
  })
})
