import { describe, expect, it } from 'vitest'
import { createReader, type CueKind, type Reading } from '../src/node/index.js'

// Sentences written for these tests: turns of support conversations and assistant dialogues that
// decide how a conversation or a customer reads (a demand on the third contact, a fix that failed,
// a user giving up), each group with the sincere twins its rule must leave alone. See
// support-phrasings.test.ts and support-phrasings-more.test.ts for single messages.
const reader = createReader()
const read = (text: string): Reading => reader.read(text)
const show = (r: Reading): string => `${r.sentiment.label} ${r.sentiment.score} ${JSON.stringify(r.emotions)} ${r.cues.map((c) => `${c.kind}:${c.text}`).join(', ')}`
const kinds = (r: Reading): CueKind[] => r.cues.map((c) => c.kind)

describe('reader: demands on a later contact', () => {
  it('reads a stopped business, a fix expected by a time, a demand beside a cost already paid and someone waiting as urgent', () => {
    for (const text of [
      "We can't ship anything. I expect a fix today.",
      'We cannot take payments since this morning, sort it out.',
      "This needs to be sorted right now, I've missed two client meetings because of it.",
      'Fix the VAT number immediately, our accountant is waiting.',
      'Again no report. I want this fixed for good, today.',
      'I want an answer today, our auditors are waiting.',
    ]) {
      const r = read(text)
      expect(kinds(r), `${text} → ${show(r)}`).toContain('time-pressure')
      expect(r.emotions.urgency, `${text} → ${show(r)}`).toBeGreaterThanOrEqual(0.45)
      expect(r.sentiment.label, `${text} → ${show(r)}`).toBe('negative')
    }
  })

  it('leaves a policy question and a calm wait alone', () => {
    for (const text of ['Can we ship to Canada from the US store?', 'I expect the parcel next week, no rush.']) {
      const r = read(text)
      expect(r.emotions.urgency, `${text} → ${show(r)}`).toBeLessThan(0.45)
    }
  })
})

describe('reader: a fault that is back, or data left out', () => {
  it('hears the same failure again, a fault still there and a fix that changed nothing as a repeat', () => {
    for (const text of [
      'Restarted, and it dropped again twenty minutes later.',
      'The new invoice still has the wrong VAT number.',
      "I'm writing once more about receipt scanning.",
      'Contacting you again about the discount code.',
      'Following up again on refund 5521. Still not in my account.',
      'Tried your steps. No change at all.',
      'Cleared the cache, made no difference.',
    ]) {
      const r = read(text)
      const repeat = r.cues.find((c) => c.kind === 'repeat-contact')
      expect(repeat, `${text} → ${show(r)}`).toBeDefined()
      // The span points at the words that say so, not at nothing.
      expect(repeat?.text.length, `${text} → ${show(r)}`).toBeGreaterThan(0)
      expect(r.sentiment.label, `${text} → ${show(r)}`).toBe('negative')
    }
  })

  it('reads "Just great." after a fault that is back as sarcasm', () => {
    const r = read('Restarted, and it dropped again twenty minutes later. Just great.')
    expect(kinds(r), show(r)).toContain('sarcasm')
    expect(r.sentiment.label, show(r)).toBe('negative')
  })

  it('hears parts of the data left out and a scanner that cannot read as faults', () => {
    for (const text of ['Your export drops half our transactions.', 'My calendar sync skips some events.', "The scanner in your app can't read any receipts."]) {
      const r = read(text)
      expect(kinds(r), `${text} → ${show(r)}`).toContain('issue-report')
    }
  })

  it('leaves "still not sure", "thanks again" and "no change needed" alone', () => {
    for (const text of ['Still not sure which plan to pick.', 'Thanks again for the quick help!', 'No change needed on our side, thanks.']) {
      const r = read(text)
      expect(kinds(r), `${text} → ${show(r)}`).not.toContain('repeat-contact')
    }
  })
})

describe('reader: giving up on the help', () => {
  it('reads "I\'ll just book it myself", "forget it" and "I\'ll look somewhere else" as negative', () => {
    for (const [text, kind] of [
      ["I'll just book it myself.", 'grudging-acceptance'],
      ["I'll figure it out myself.", 'grudging-acceptance'],
      ['Forget it.', 'grudging-acceptance'],
      ["Forget it, I'll look somewhere else.", 'churn-threat'],
    ] as const) {
      const r = read(text)
      expect(kinds(r), `${text} → ${show(r)}`).toContain(kind)
      expect(r.sentiment.label, `${text} → ${show(r)}`).toBe('negative')
    }
  })

  it('leaves a question about doing it oneself, a fix one managed and a reminder alone', () => {
    for (const text of ['Can I book it myself?', 'I managed to fix it myself, thanks!', 'How do I do it myself?']) {
      const r = read(text)
      expect(kinds(r), `${text} → ${show(r)}`).not.toContain('grudging-acceptance')
      expect(r.sentiment.label, `${text} → ${show(r)}`).not.toBe('negative')
    }
    const reminder = read("Don't forget it please.")
    expect(kinds(reminder), show(reminder)).not.toContain('grudging-acceptance')
  })

  it('reads "Requesting one now." after a suggested fix as the neutral acknowledgement it is', () => {
    for (const text of ['Requesting one now.', 'Ok, resetting it now.', 'Reinstalling now.']) {
      const r = read(text)
      expect(r.sentiment.label, `${text} → ${show(r)}`).toBe('neutral')
    }
  })
})

describe('reader: a dealbreaker', () => {
  it('hears "a dealbreaker for us" as a churn threat that outweighs the praise before "but"', () => {
    for (const text of ['We love the product but the pricing change is a dealbreaker for us.', 'Honestly, the missing SSO is a deal breaker.', "That's a real deal-breaker for our team."]) {
      const r = read(text)
      expect(kinds(r), `${text} → ${show(r)}`).toContain('churn-threat')
      expect(r.sentiment.label, `${text} → ${show(r)}`).toBe('negative')
    }
  })

  it('leaves "not a dealbreaker" alone', () => {
    const r = read('The dark mode is not a dealbreaker, just a wish.')
    expect(kinds(r), show(r)).not.toContain('churn-threat')
  })
})

describe('reader: silence, time-outs and other vendors', () => {
  it('hears silence since asking as a wait, calls timing out as a fault and other vendors weighed as churn', () => {
    for (const [text, kind] of [
      ['I asked for a refund two weeks ago and heard nothing back.', 'issue-report'],
      ["We haven't heard back since Monday.", 'issue-report'],
      ['Your status page says all systems operational but our API calls time out.', 'issue-report'],
      ["We're evaluating other vendors at the moment.", 'churn-threat'],
    ] as const) {
      const r = read(text)
      expect(kinds(r), `${text} → ${show(r)}`).toContain(kind)
    }
    const silence = read('I asked for a refund two weeks ago and heard nothing back.')
    expect(silence.sentiment.label, show(silence)).toBe('negative')
  })

  it('leaves good news heard and vendors of the customer\'s own alone', () => {
    expect(kinds(read('Heard back from finance, all approved. Thanks!'))).not.toContain('issue-report')
    expect(kinds(read('We are onboarding two new vendors into the portal next week.'))).not.toContain('churn-threat')
  })
})

describe('reader: a failure back in other languages, and praise said over it', () => {
  it('reads "still crashing" as a repeat and a lone "Genial." / "Toll." after it as sarcasm', () => {
    for (const text of [
      'Ya la actualicé y sigue cerrándose. Genial.',
      'Aktualisiert und sie stürzt immer noch ab. Toll.',
      'Mise à jour faite et ça plante toujours. Génial.',
      'Aggiornata, ma si blocca ancora. Perfetto.',
      'Atualizei e ainda trava. Ótimo.',
    ]) {
      const r = read(text)
      expect(kinds(r), `${text} → ${show(r)}`).toContain('repeat-contact')
      expect(kinds(r), `${text} → ${show(r)}`).toContain('sarcasm')
      expect(r.sentiment.label, `${text} → ${show(r)}`).toBe('negative')
    }
  })

  it('leaves the same words sincere when the thanks or the fix follows them', () => {
    for (const text of ['Genial, gracias por la ayuda!', 'Toll, danke!', 'Parfait, merci beaucoup !', 'Perfetto, grazie mille!', 'Ótimo, funcionou!']) {
      const r = read(text)
      expect(kinds(r), `${text} → ${show(r)}`).not.toContain('sarcasm')
      expect(r.sentiment.label, `${text} → ${show(r)}`).toBe('positive')
    }
  })

  it('reads doing what was suggested as a neutral acknowledgement', () => {
    for (const text of ['Vale, actualizando.', 'Okay, ich aktualisiere gerade.', "D'accord, je mets à jour.", 'Ok, atualizando aqui.']) {
      const r = read(text)
      expect(kinds(r), `${text} → ${show(r)}`).toContain('acknowledgement')
      expect(r.sentiment.label, `${text} → ${show(r)}`).toBe('neutral')
    }
  })
})

describe('reader: praise beside sarcasm', () => {
  it('reads a sentence of nothing but praise after a sarcastic complaint as part of the sarcasm', () => {
    for (const text of ['Love waiting 40 minutes on hold just to be disconnected. Fantastic service.', 'Oh great, the app crashed again. Stellar work, team.']) {
      const r = read(text)
      expect(kinds(r), `${text} → ${show(r)}`).not.toContain('praise')
      expect(r.sentiment.score, `${text} → ${show(r)}`).toBeLessThan(-0.5)
    }
  })

  it('keeps sincere praise, and praise that says more than a few words beside a fault', () => {
    for (const text of ['So glad the crash is fixed. Great work, team!', 'I love how quickly you fixed it. Fantastic service!', 'The app crashed again. Great support though, you fixed it in minutes, thank you!']) {
      const r = read(text)
      expect(kinds(r), `${text} → ${show(r)}`).toContain('praise')
      expect(r.sentiment.label, `${text} → ${show(r)}`).toBe('positive')
    }
  })
})
