import { describe, expect, it } from 'vitest'
import { createReader } from '../src/node/index.js'

// Rounds 108 (English), 109 (conversations) and 110 (seven other languages), the twenty-third
// session: applause handed out over a fault, small talk read as cheer, faults denied before the ask,
// leaving told by its steps, thanks told by what the help made possible, and waiting on an outcome.
// Every message here was written for this test.
const reader = createReader()
const kinds = (text: string): string[] => reader.read(text).cues.map((c) => c.kind)

describe('applause handed out over a fault', () => {
  it.each([
    'Huge shout out to whoever decided the payroll export should break on the last day of the month.',
    'Gold star to the delivery team, two missed slots in one week. A new record?',
    'Congratulations on achieving zero working lifts in the whole building today.',
  ])('is sarcasm, not praise: %s', (text) => {
    const r = reader.read(text)
    expect(r.sentiment.label).not.toBe('positive')
    expect(r.cues.map((c) => c.kind)).toContain('sarcasm')
  })

  it('leaves thanks to a named team alone', () => {
    const r = reader.read('Big thanks to the night shift for getting our orders out before the holiday!')
    expect(r.sentiment.label).toBe('positive')
    expect(r.cues.map((c) => c.kind)).not.toContain('sarcasm')
  })
})

describe('small talk that opens a message', () => {
  it.each(['Good afternoon, I trust you are keeping well.', 'Hello, hope all is well on your side.'])('reads neutral: %s', (text) => {
    expect(reader.read(text).sentiment.label).toBe('neutral')
  })
})

describe('a fault denied before the ask', () => {
  it('is no complaint', () => {
    const r = reader.read("The train wasn't cancelled and my seat was fine, so no complaint. I only need a VAT receipt for the ticket.")
    expect(r.sentiment.label).not.toBe('negative')
    expect(kinds("The train wasn't cancelled and my seat was fine, so no complaint. I only need a VAT receipt for the ticket.")).not.toContain('issue-report')
  })
})

describe('a frequency', () => {
  it('is no count of contacts', () => {
    expect(kinds('He walks the dog three times a week, mostly in the park.')).not.toContain('repeat-contact')
    expect(kinds("I've emailed you three times about the deposit.")).toContain('repeat-contact')
  })
})

describe('leaving, told by its steps', () => {
  it.each([
    ['es', 'Tercera reclamación por lo mismo. ¿Cuál es el trámite para la portabilidad?'],
    ['pt', 'Já abri três protocolos. Quando acaba a minha fidelização?'],
    ['de', 'Zum dritten Mal dieselbe Störung. Die Rufnummernmitnahme läuft schon.'],
    ['fr', 'Troisième appel pour la même panne. Mon préavis part demain.'],
  ])('is a churn threat (%s)', (_lang, text) => {
    expect(kinds(text)).toContain('churn-threat')
  })
})

describe('a claim quoted back in a message that praises', () => {
  it.each(['Bravo pour la « livraison express » : dix jours pour un colis.', 'Complimenti per il «servizio clienti h24»: nessuno risponde da ieri.'])('is the praise turned: %s', (text) => {
    const r = reader.read(text)
    expect(r.sentiment.label).toBe('negative')
    expect(r.cues.map((c) => c.kind)).toContain('sarcasm')
  })

  it('leaves a quoted name in thanks alone', () => {
    expect(reader.read('Merci à « Julie » du service client, tout est réglé !').sentiment.label).toBe('positive')
  })
})

describe('thanks told by what the help made possible', () => {
  it.each(["Grâce à vous, la fête d'anniversaire a pu avoir lieu. Je vous en dois une !", 'È merito vostro se domani parto in vacanza tranquillo.'])('reads positive: %s', (text) => {
    expect(reader.read(text).sentiment.label).toBe('positive')
  })
})

describe('waiting on the outcome', () => {
  it('is marked beside thanks, and is no feature of the models', () => {
    const r = reader.read("Thank you, that's really kind. Fingers crossed, I'll keep checking my inbox.")
    expect(r.cues.map((c) => c.kind)).toContain('awaiting')
    expect(r.sentiment.label).toBe('positive')
  })
})
