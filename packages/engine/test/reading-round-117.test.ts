import { describe, expect, it } from 'vitest'
import { createReader } from '../src/node/index.js'

// Sentences written for these tests, after the kinds of rounds 114 to 119 (the twenty-fourth session).
const reader = createReader()
const read = (text: string) => reader.read(text)
const kinds = (text: string) => read(text).cues.map((c) => c.kind)

describe('one-word praise beside a complaint only the learned model hears (other languages)', () => {
  it.each([
    'Fantástico. Mudaram o aplicativo de novo e agora não acho mais os meus boletos em lugar nenhum.',
    'Fantastique. Vous avez encore changé le site et je ne trouve plus mes factures nulle part.',
  ])('reads the praise as a sneer: %s', (text) => {
    const r = read(text)
    expect(r.sentiment.label).toBe('negative')
    expect(kinds(text)).toContain('sarcasm')
  })

  it.each([
    'O pedido atrasou dois dias, mas chegou hoje e está tudo certo. Perfeito, obrigado!',
    'Le colis avait du retard, mais il est arrivé ce matin en parfait état. Parfait, merci beaucoup !',
  ])('keeps praise with thanks after it sincere: %s', (text) => {
    const r = read(text)
    expect(r.sentiment.label).toBe('positive')
    expect(kinds(text)).not.toContain('sarcasm')
  })
})

describe('thanks that close a story (other languages)', () => {
  it.each([
    'Pensei que tinha perdido o dinheiro da viagem, mas vocês estornaram tudo em dois dias. Nem sei o que dizer.',
    'Ya daba por perdido el paquete con el regalo de mi madre y esta mañana estaba en la puerta. No tengo palabras.',
    "Ero convinto che la pratica si fosse persa, e invece stamattina è arrivata l'approvazione. Mi avete salvato la settimana.",
  ])('reads the trouble told as what was put right: %s', (text) => {
    const r = read(text)
    expect(r.sentiment.label).toBe('positive')
    expect(r.emotions.frustration).toBeLessThanOrEqual(0.2)
  })

  it('keeps a complaint that only signs off with thanks, or threatens, a complaint', () => {
    expect(read('A fatura veio errada pela terceira vez e ninguém me responde. Vou cancelar a assinatura. Obrigado.').sentiment.label).toBe('negative')
    expect(read('Die Rechnung ist schon wieder falsch und niemand meldet sich. Vielen Dank.').sentiment.label).not.toBe('positive')
  })
})

describe('leaving told by its steps, and disbelief asked as a question (other languages)', () => {
  it.each([
    'Ich habe schon drei Tickets dazu. Schicken Sie mir bitte den Portierungscode und die Adresse für die Rücksendung des Routers.',
    'Es la cuarta vez que escribo por el mismo corte. Díganme cómo pido la portabilidad y dónde devuelvo el módem.',
    "Troisième appel pour la même panne. Merci de m'envoyer la procédure de portabilité et l'adresse de retour de la box.",
  ])('hears a churn threat: %s', (text) => {
    expect(kinds(text)).toContain('churn-threat')
    expect(read(text).sentiment.label).toBe('negative')
  })

  it.each([
    '¿De verdad hace falta ir a la oficina para cambiar el número de teléfono?',
    'Sérieusement, il faut vraiment envoyer un courrier pour changer un mot de passe ?',
    'Sério que pra trocar o plano eu preciso ligar em horário comercial?',
  ])('reads it as frustration, not a plain question: %s', (text) => {
    const r = read(text)
    expect(r.sentiment.label).toBe('negative')
    expect(r.emotions.frustration).toBeGreaterThanOrEqual(0.4)
  })
})

describe('English phrasings of rounds 114, 117 and 118', () => {
  it('reads bare thanks before hope with no faith left as no thanks at all', () => {
    for (const text of ["Thank you. I hope that's the end of it.", "Thanks. Let's hope."]) {
      expect(read(text).sentiment.label).not.toBe('positive')
      expect(kinds(text)).toContain('grudging-acceptance')
    }
    // Thanks for something said keeps its own reading beside a grudging word.
    expect(read('Thanks for fixing the invoice so quickly, it arrived this morning.').sentiment.label).toBe('positive')
  })

  it('reads thanks for a step still to try as courtesy, not delight', () => {
    expect(read("Thanks, I'll try that after work.").sentiment.label).toBe('neutral')
  })

  it('hears contacts counted by weariness', () => {
    expect(kinds("I'm not going to keep chasing you every month like this.")).toContain('repeat-contact')
    expect(kinds('The portal still shows the old address.')).toContain('repeat-contact')
    expect(kinds('Cleared the cache, and the warning came straight back.')).toContain('repeat-contact')
    // Things put back where they were are no fault returning.
    expect(kinds('The removals team put every box back exactly where it was.')).not.toContain('repeat-contact')
    expect(kinds('Both runs gave the same result on my laptop.')).not.toContain('repeat-contact')
  })

  it('reads small talk about the weather as a greeting, and "irked" as annoyance but not "ticked the box"', () => {
    expect(read("Afternoon! Gorgeous weather today, isn't it?").sentiment.label).toBe('neutral')
    expect(kinds("I'm really irked that my seat was changed without notice.")).toContain('explicit-emotion')
    expect(kinds('I ticked the wrong box on the form, can you change it?')).not.toContain('explicit-emotion')
  })

  it('hears a renewal made to hang on the fix as a churn threat, and a person asked for by rank', () => {
    expect(kinds('Our contract ends in May. Whether we renew depends on this outage being sorted first.')).toContain('churn-threat')
    expect(kinds('Please have someone at account manager level call me today.')).toContain('human-request')
    expect(kinds('It was lovely to speak to a real person for once, thank you.')).not.toContain('human-request')
  })
})

describe('deadlines an event or a booking names, and faults back after the step (round 121)', () => {
  it('hears a time after "for" or "on" that an event or a booking names, beside a fault', () => {
    for (const text of [
      'We have a product launch dinner for 60 guests in the Garden Room on Friday and the catering order has disappeared from our booking.',
      'I ordered a retirement cake for collection on Saturday and now your site says the order was cancelled.',
    ]) {
      expect(read(text).emotions.urgency, text).toBeGreaterThanOrEqual(0.6)
    }
    // With nothing wrong, the same times are plans.
    expect(read('We have a meeting on Monday to go over the plan.').emotions.urgency).toBeLessThan(0.35)
    expect(read('Can I book a collection on Saturday?').emotions.urgency).toBeLessThanOrEqual(0.35)
  })

  it('reads "twice in ten minutes" as how often, not when', () => {
    expect(kinds('The headset cut out twice in ten minutes during my call.')).not.toContain('time-pressure')
    expect(kinds('The headset cut out twice in ten minutes during my call.')).toContain('issue-report')
  })

  it('hears the fault back after the step', () => {
    expect(kinds('Restarted the router as you said. Two minutes later the buffering is back.')).toContain('repeat-contact')
    expect(kinds('Logged in again and now there is a warning that wasn\'t there before.')).toContain('repeat-contact')
    expect(kinds('The power is back on, thank you so much!')).not.toContain('repeat-contact')
  })
})

describe('rounds 120 and 122, mended in general', () => {
  it('reads a fault said to be absent as no complaint', () => {
    for (const text of ['The new version went in last night and I have not hit a single bug since. Lovely.', 'Zero errors on the nightly import this week, and no downtime either. Nice.', "The refund didn't fail or hang this time. Refreshing."]) {
      expect(read(text).sentiment.label, text).not.toBe('negative')
      expect(kinds(text), text).not.toContain('sarcasm')
    }
    // An injury someone hopes did not happen is no fault denied.
    expect(read("Oof, I hope he didn't break his wrist falling like that.").sentiment.label).not.toBe('positive')
  })

  it("hears the customer's own mistake owned as no fault of the service", () => {
    expect(kinds('Oh no, that was my typo in the postcode. Sorry for shouting earlier.')).not.toContain('issue-report')
  })

  it('hears a policy let lapse, and the thread ignored', () => {
    expect(kinds("Price it like last year before the 1st or I'll let the policy lapse and go with someone who values my business.")).toContain('churn-threat')
    expect(kinds('Could someone read the thread below before replying? Every answer so far asks for the order number I sent in my first message.')).toContain('repeat-contact')
  })

  it('reads other languages told the round-122 way', () => {
    expect(read('Mi hija ya paga sus facturas sola desde el móvil gracias a ustedes. Está orgullosísima.').sentiment.label).toBe('positive')
    expect(read("Wer hat sich eigentlich ausgedacht, dass man für eine neue Karte dreimal anrufen muss?").sentiment.label).toBe('negative')
    expect(kinds('Alguém me explica porque é que para cancelar um débito tenho de ir à loja?')).toContain('explicit-emotion')
  })
})
