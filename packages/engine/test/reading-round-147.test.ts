import { describe, expect, it } from 'vitest'
import { createReader } from '../src/node/index.js'

// Sentences written for this test (the twenty-seventh session), each beside a look-alike that must not change.
const reader = createReader()
const kinds = (text: string): string[] => reader.read(text).cues.map((c) => c.kind)

describe('praise of the help', () => {
  it.each(["Thanks, that's super helpful.", "Thank you, that's really kind of you.", 'Cheers, so thoughtful.'])('is thanks, not a fix reported: %s', (text) => {
    const r = reader.read(text)
    expect(r.sentiment.label).toBe('positive')
    expect(r.cues.map((c) => c.kind)).toContain('gratitude')
    expect(r.cues.map((c) => c.kind)).not.toContain('praise')
  })

  it('leaves a fix told outright as praise', () => {
    expect(kinds("Thanks, that's all sorted now.")).toContain('praise')
    expect(kinds('The reset fixed it, thank you!')).toContain('praise')
  })
})

describe('a step promised', () => {
  it.each(["Okay, I'll reinstall it and let you know.", "Fine, I'll clear the cookies and report back.", "Sure, I'll swap the cable and see."])('is an acknowledgement, neutral: %s', (text) => {
    const r = reader.read(text)
    expect(r.cues.map((c) => c.kind)).toContain('acknowledgement')
    expect(r.cues.map((c) => c.kind)).not.toContain('grudging-acceptance')
    expect(r.sentiment.label).toBe('neutral')
  })

  it('is still grudging when it only gives in', () => {
    expect(kinds("Fine, I'll pay the fee.")).toContain('grudging-acceptance')
  })
})

describe('praise that is meant', () => {
  it('keeps thanks with a warm smile sincere though the rest reads flat', () => {
    const r = reader.read('Lovely, thanks so much! Off to the shops then 😊')
    expect(r.sentiment.label).toBe('positive')
    expect(r.cues.map((c) => c.kind)).not.toContain('sarcasm')
  })

  it('keeps what was awaited arriving good news, and praise over a late arrival sarcasm', () => {
    expect(reader.read('Brilliant, the replacement card just arrived.').sentiment.label).toBe('positive')
    expect(kinds('Brilliant, the replacement card arrived in a mere three weeks.')).toContain('sarcasm')
  })

  it('still hears a fix promised for the umpteenth try as sarcasm', () => {
    const r = reader.read('sure, updating the firmware for the 5th time will definitely fix it this time')
    expect(r.sentiment.label).toBe('negative')
    expect(r.emotions.sarcasm).toBeGreaterThanOrEqual(0.5)
  })
})

describe('faults told sideways', () => {
  it.each(['Love the wifi in the lounge, works for about two minutes at a time.', 'really enjoying a phone line that works maybe half the day', 'Nothing beats an hour of your hold music on a Monday.'])('are a complaint: %s', (text) => {
    expect(reader.read(text).sentiment.label).toBe('negative')
  })
})

describe('what a question or a greeting asks', () => {
  it('reads a fee asked about as a question, and a fee charged as a complaint', () => {
    expect(reader.read('Can I bring a bike on the ferry, and is there an extra charge?').sentiment.label).toBe('neutral')
    expect(kinds('Why is there an extra charge on my statement?')).toContain('issue-report')
  })

  it.each(["Hi all, happy Friday! I've got a couple of questions about invoicing.", "Good morning. I'd like some information about your family plans, please."])('reads a greeting before questions neutral: %s', (text) => {
    expect(reader.read(text).sentiment.label).toBe('neutral')
  })
})

describe('plans, not churn, and a speed that is no deadline', () => {
  it('reads switching flights as a plan and switching providers as churn', () => {
    expect(kinds("I'm switching trains at York, can my ticket cover that?")).not.toContain('churn-threat')
    expect(kinds("I'm switching providers next month.")).toContain('churn-threat')
  })

  it('reads a refund that came through in under a day as praise, with no time pressure', () => {
    const r = reader.read('The refund came through in under a day. Very impressed.')
    expect(r.sentiment.label).toBe('positive')
    expect(r.cues.map((c) => c.kind)).not.toContain('time-pressure')
  })

  it('still hears a demand asked as gratitude', () => {
    expect(reader.read("I'd be grateful if you could refund the second charge of $64, not a voucher.").sentiment.label).not.toBe('positive')
  })
})

describe('other languages', () => {
  it('reads an Italian delivery note as Italian', () => {
    expect(reader.read('Pacco arrivato in ottime condizioni, grazie mille!').language).toBe('it')
  })

  it.each([
    ['es', 'Gracias por cambiarme la silla que llegó rota sin hacerme esperar.'],
    ['pt', 'Obrigada por trocarem o fone que veio com defeito tão rápido.'],
  ])('reads thanks that tell the fault in their own sentence as thanks (%s)', (_lang, text) => {
    const r = reader.read(text)
    expect(r.sentiment.label).toBe('positive')
    expect(r.emotions.frustration).toBeLessThanOrEqual(0.2)
  })

  it('reads thanks followed by a fault still there as no thanks', () => {
    expect(reader.read('Gracias por la respuesta. El pedido sigue sin llegar y nadie me dice nada.').sentiment.label).toBe('negative')
  })

  it('reads not renewing as churn in Spanish', () => {
    expect(kinds('Tercera vez que reclamo lo mismo. Cuando venza el contrato no lo renuevo.')).toContain('churn-threat')
  })
})

describe('round 150, in sentences of our own', () => {
  it.each([
    'Sure, let me restart the modem again. The fifth time will be the charm.',
    'Yes, I will re-enter all 40 invoices by hand. Brilliant use of my Saturday.',
    "ok i'll 'check the spam folder'. because obviously i'm an idiot who never looked",
    'Gotta love a courier that loses the parcel and then asks me to collect it in another city.',
  ])('hears sarcasm over advice or a fault: %s', (text) => {
    const r = reader.read(text)
    expect(r.sentiment.label).not.toBe('positive')
    expect(r.emotions.sarcasm).toBeGreaterThanOrEqual(0.5)
  })

  it('reads a delay waved away as no complaint', () => {
    expect(reader.read("Don't worry about the mix-up, no harm done and the order's here now.").sentiment.label).not.toBe('negative')
  })

  it('flags disbelief with nothing to say which way for review', () => {
    expect(reader.read('Never in my life have I heard anything like this.').needsReview).toBe(true)
  })

  it('reads a greeting that hopes for help as neutral', () => {
    expect(reader.read("Good morning, I'm hoping you can help me with a question about my lease.").sentiment.label).toBe('neutral')
  })
})

describe('round 151, in sentences of our own', () => {
  it('reads a step handed on as an acknowledgement', () => {
    const r = reader.read("Understood, I'll ask our IT lead to restart the service now.")
    expect(r.sentiment.label).toBe('neutral')
    expect(r.cues.map((c) => c.kind)).toContain('acknowledgement')
  })

  it('hears having to keep asking as a repeat, thanks or not', () => {
    expect(kinds('Thanks for the update. I just want it sorted without us having to keep chasing.')).toContain('repeat-contact')
  })
})

describe('thanks for help while a deadline is open', () => {
  it('is thanks, not sarcasm, when only the deadline is in sight', () => {
    const r = reader.read("Thank you, that's very helpful. Fingers crossed they sort it before the 3pm cut-off.")
    // Thanks around a deadline still open is courtesy: not negative, not delight either.
    expect(r.sentiment.label).not.toBe('negative')
    expect(r.cues.map((c) => c.kind)).not.toContain('sarcasm')
    expect(r.emotions.sarcasm).toBeLessThanOrEqual(0.15)
  })

  it('is still sarcasm over a fault', () => {
    expect(kinds('Thanks. Very helpful. The app still crashes and my demo is at 3pm.')).toContain('sarcasm')
  })
})
