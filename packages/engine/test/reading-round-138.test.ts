import { describe, expect, it } from 'vitest'
import { createReader } from '../src/node/index.js'

// Sentences written for this test (the twenty-sixth session), each beside a look-alike that must not change.
const reader = createReader()
const kinds = (text: string): string[] => reader.read(text).cues.map((c) => c.kind)

describe('a complaint the other languages hear whole', () => {
  it.each([
    ['it', 'La bolletta è arrivata con una tassa di attivazione che nessuno mi ha spiegato.'],
    ['de', 'Das Paket kam offen an und es fehlen zwei Teile vom Topfset.'],
    ['es', 'La lavadora llegó con la puerta abollada y la pantalla no enciende.'],
  ])('reads negative when nothing is praised (%s)', (_lang, text) => {
    expect(reader.read(text).sentiment.label).toBe('negative')
  })

  it('leaves thanks for the same delivery positive and a plain question not negative', () => {
    expect(reader.read('La lavadora llegó perfecta, muchas gracias por todo.').sentiment.label).toBe('positive')
    expect(reader.read('¿Cuánto tarda el envío a Canarias?').sentiment.label).not.toBe('negative')
  })
})

describe('a step the customer is taking', () => {
  it.each(['ok, clearing the cache now', 'Fine, unplugging it now.', 'Ok, retyping it without spaces.'])('is an acknowledgement, neutral: %s', (text) => {
    const r = reader.read(text)
    expect(r.cues.map((c) => c.kind)).toContain('acknowledgement')
    expect(r.sentiment.label).toBe('neutral')
  })

  it('is not a complaint that happens to open with "ok"', () => {
    expect(kinds('Ok, the router is still not working.')).not.toContain('acknowledgement')
  })

  it.each(['Thanks, I will check the next statement.', 'Thanks, I will call the branch in the morning.'])('thanked before it is courtesy, not delight: %s', (text) => {
    expect(reader.read(text).sentiment.label).toBe('neutral')
  })
})

describe("the step's outcome in a word or two", () => {
  it.each(['Submit is grey again.', 'The light went red again.', 'Did the update. No joy.', 'Done that, nothing happened.'])('is the fault still there: %s', (text) => {
    const r = reader.read(text)
    expect(r.sentiment.label).toBe('negative')
    expect(r.cues.some((c) => c.kind === 'repeat-contact' || c.kind === 'issue-report')).toBe(true)
    expect(r.emotions.frustration).toBeGreaterThanOrEqual(0.4)
  })

  it('is no fault where nothing changed is the good news', () => {
    expect(reader.read('It all works and nothing changed on my end, thank you!').sentiment.label).toBe('positive')
    expect(reader.read('The screen is green again, thanks!').sentiment.label).toBe('positive')
  })
})

describe('back about it, in the customer’s words', () => {
  it.each(['Me again about the backdated credit for March.', 'My claim is still under review after five weeks.'])('is a repeat contact: %s', (text) => {
    expect(kinds(text)).toContain('repeat-contact')
  })

  it.each(['Could you remind me again about the opening hours?', 'Same as last time, a large flat white please.'])('is none: %s', (text) => {
    expect(kinds(text)).not.toContain('repeat-contact')
  })
})

describe('praise of an answer that covered everything', () => {
  it('is no sarcasm, though the thanks follows it', () => {
    const r = reader.read('Wonderful, that is everything I needed. Thank you for such a clear answer.')
    expect(r.sentiment.label).toBe('positive')
    expect(r.emotions.sarcasm).toBeLessThan(0.15)
  })

  it('"that\'s all I needed" after a fault stays a complaint', () => {
    expect(reader.read("The app crashed again. That's all I needed today.").sentiment.label).toBe('negative')
  })
})

describe('a question typed without its mark', () => {
  it.each(['does the warranty cover water damage', 'how much is the early repayment charge', 'can you post the spare key to my work address'])('reads neutral: %s', (text) => {
    expect(reader.read(text).sentiment.label).toBe('neutral')
  })

  it('is not a statement that opens like one', () => {
    expect(reader.read('What a brilliant idea from your team').sentiment.label).toBe('positive')
  })
})

describe('courtesies of a letter', () => {
  it('open nothing with "I" among them', () => {
    expect(reader.read('Good afternoon, I hope this note finds you well.').sentiment.label).toBe('neutral')
  })

  it('nor with the distance they are sent across', () => {
    expect(reader.read('Morning all, hope you are all keeping well over there.').sentiment.label).toBe('neutral')
  })
})

describe('the point after the courtesy', () => {
  it('"That said," turns the message as "but" does', () => {
    const r = reader.read("Thanks for the quick call back. That said, the reply did not address the late fee I actually asked about.")
    expect(r.sentiment.label).toBe('negative')
    expect(r.emotions.satisfaction).toBeLessThanOrEqual(0.3)
  })

  it('leaves sincere thanks with "that said" inside it alone', () => {
    expect(reader.read('Everything you said was clear, thank you so much!').sentiment.label).toBe('positive')
  })
})

describe('thanks for the harm itself', () => {
  it('is sarcasm when the thanks goes to the doing of a fault', () => {
    const r = reader.read('Wow, thanks so much for charging me twice for one takeaway. Really made my week.')
    expect(r.emotions.sarcasm).toBeGreaterThanOrEqual(0.5)
    expect(r.sentiment.score).toBeLessThan(-0.3)
  })

  it('is meant when it goes to the fix', () => {
    expect(reader.read('Thanks a lot for refunding the double charge.').sentiment.label).toBe('positive')
  })
})

describe('praise of an occasion over its ruin', () => {
  it('is sarcasm: "Beautiful start to the weekend: …"', () => {
    expect(reader.read('Beautiful start to the weekend: the boiler has a fault code and no hot water.').emotions.sarcasm).toBeGreaterThanOrEqual(0.5)
  })

  it('is meant over good news', () => {
    expect(reader.read('Beautiful start to the week: my new glasses arrived and they fit perfectly.').sentiment.label).toBe('positive')
  })
})

describe('what the customer asked for', () => {
  it('is no restated ask when it tells how fast it came', () => {
    expect(kinds('The new card arrived the day after I asked for it.')).not.toContain('repeat-contact')
    expect(kinds('Exactly what I asked for, cheers.')).not.toContain('repeat-contact')
  })

  it('is one when it is said again', () => {
    expect(kinds('I asked for a refund, not store credit.')).toContain('repeat-contact')
  })
})

describe('the fault the customer reported, seen again after the step', () => {
  const previous = ['My router has had a blinking red internet light since breakfast and nothing connects.', 'ok, unplugging it now.']
  it('is a repeat: the fault words beside "again" or "same"', () => {
    expect(kinds2('Waited the full five minutes. Internet light blinking red again.', previous)).toContain('repeat-contact')
  })

  it('is none in a question, or where only the object is named again', () => {
    expect(kinds2('Is the internet light meant to be blinking the same way on the new router?', previous)).not.toContain('repeat-contact')
    expect(kinds2('Plugged back in, the light is green again.', previous)).not.toContain('repeat-contact')
  })
})

function kinds2(text: string, previous: readonly string[]): string[] {
  return reader.read(text, { previous: [...previous] }).cues.map((c) => c.kind)
}

describe('a step told at the end of the message', () => {
  it('is an acknowledgement: "…, swapping it now."', () => {
    const r = reader.read('Found a spare battery in the kitchen drawer, swapping it now.')
    expect(r.cues.map((c) => c.kind)).toContain('acknowledgement')
    expect(r.sentiment.label).toBe('neutral')
  })

  it('is none where the words before "now" tell how things are', () => {
    expect(kinds('We are doing really well right now.')).not.toContain('acknowledgement')
    expect(kinds('The engineer is coming now.')).not.toContain('acknowledgement')
  })
})

describe('a deadline with the meeting it is for', () => {
  it('presses, and the thanks after it is courtesy', () => {
    const r = reader.read('We need the updated floor plan by Thursday 10am for our planning hearing. Thanks so much.')
    expect(r.emotions.urgency).toBeGreaterThanOrEqual(0.6)
    expect(r.sentiment.label).not.toBe('positive')
  })

  it('is no pressing matter for the records', () => {
    expect(reader.read('I need the invoice by Friday for our records.').emotions.urgency).toBeLessThan(0.5)
  })
})

describe('delight told as a story', () => {
  it('reads positive where praise is found and nothing is wrong', () => {
    expect(reader.read('The gardener fixed the fence panel in twenty minutes and even swept the path afterwards.').sentiment.label).toBe('positive')
  })

  it('leaves praise beside a fault to the rules that weigh them', () => {
    expect(reader.read('The gardener fixed the fence panel in twenty minutes but broke the gate latch.').sentiment.label).not.toBe('positive')
  })
})

describe('a demand said with thanks or appreciation', () => {
  it.each(["I'd thank you to send an engineer with the right part.", "I'd really appreciate you honouring the quoted price.", 'I would appreciate you matching the advertised rate.'])('is not thanks: %s', (text) => {
    expect(reader.read(text).sentiment.label).not.toBe('positive')
  })

  it('leaves thanks meant as thanks', () => {
    expect(reader.read("I'd like to thank you for the help.").sentiment.label).toBe('positive')
  })
})

describe('praise after a story of work done fast', () => {
  it('is meant: the time it took is no fault', () => {
    const r = reader.read('The electrician rewired the whole kitchen in an hour and talked me through every step. Brilliant.')
    expect(r.sentiment.label).toBe('positive')
    expect(r.emotions.sarcasm).toBeLessThan(0.15)
  })

  it('stays sarcasm over a fault beside the deadline', () => {
    expect(reader.read('My flight is in two hours and the app is down. Great.').emotions.sarcasm).toBeGreaterThanOrEqual(0.5)
  })
})

describe('a step told in its own sentence, or after thanks', () => {
  it.each(['Meter reads 0.4. Opening the valve now, give me a sec.', "Oh, I didn't realise that. Removing them now.", "Thanks, I'm reconnecting it now with the admin login."])('is an acknowledgement: %s', (text) => {
    expect(kinds(text)).toContain('acknowledgement')
  })

  it('is none in thanks that looks forward, or praise of someone pushing through', () => {
    expect(kinds('Thanks, looking forward to it.')).not.toContain('acknowledgement')
    expect(kinds('Cheers to you for pushing through.')).not.toContain('acknowledgement')
  })

  it('a fault code seen again after the step is a repeat', () => {
    const previous = ['Boiler is showing fault code F22 and there is no heating.', 'Meter reads 0.4. Opening the valve now, give me a sec.']
    expect(kinds2('Got it to 1.5 and pressed reset. It ran for a minute, then F22 again.', previous)).toContain('repeat-contact')
  })
})

describe('short questions in Portuguese', () => {
  it.each(['Quanto tempo demora a entrega para o Recife?', 'Quanto custa a entrega para Coimbra?'])('are read as Portuguese: %s', (text) => {
    expect(reader.read(text).language).toBe('pt')
  })

  it('leaves the Italian and English ones alone', () => {
    expect(reader.read('Quanto costa la spedizione per Torino?').language).toBe('it')
    expect(reader.read('How long does delivery to Porto take?').language).toBe('en')
  })
})
