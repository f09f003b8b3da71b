import { describe, expect, it } from 'vitest'
import type { Cue, CueKind } from '../src/index.js'
import { cueKindsFor, detectCues, tokenize } from '../src/index.js'
import { CUE_RULES, type CueRule } from '../src/signals/cue-rules.js'
import { LANGUAGE_CUES } from '../src/signals/lang/cue-tables.js'
import { FAMILIES } from '../src/signals/lang/language-cues.js'
import { splitSentences } from '../src/text/split-sentences.js'
import { cuesOf, readCues } from './language-cue-reading.js'

const read = readCues
const cueOf = (text: string, kind: CueKind): Cue | undefined => cuesOf(text, kind)[0]
/** The words of each cue of `kind` in `text`. */
const wordsOf = (text: string, kind: CueKind): string[] => cuesOf(text, kind).map((c) => c.text)

interface Fixture {
  readonly churn: readonly [string, string]
  readonly repeat: readonly [string, string]
  readonly thanks: readonly [string, string]
  readonly notUrgent: string
  readonly urgent: string
  readonly human: string
  readonly issue: string
}

// Messages written for these tests: [message, the words the cue must span].
const FIXTURES: Record<string, Fixture> = {
  es: {
    churn: ['Esto es inaceptable. Voy a cancelar mi suscripción.', 'Voy a cancelar'],
    repeat: ['Otra vez el mismo error con la facturación.', 'Otra vez'],
    thanks: ['¡Muchas gracias por la ayuda!', 'Muchas gracias'],
    notUrgent: 'No es urgente, revísenlo cuando puedan.',
    urgent: 'Es urgente, la tienda está caída.',
    human: 'Quiero hablar con un supervisor, por favor.',
    issue: 'La aplicación no funciona desde ayer.',
  },
  pt: {
    churn: ['Vou cancelar minha assinatura se isso continuar.', 'cancelar minha assinatura'],
    repeat: ['De novo o mesmo erro na emissão da nota.', 'De novo'],
    thanks: ['Muito obrigada pela atenção!', 'Muito obrigada'],
    notUrgent: 'Não é urgente, podem ver com calma.',
    urgent: 'É urgente, ninguém consegue acessar.',
    human: 'Quero falar com um atendente humano.',
    issue: 'Não consigo entrar na minha conta.',
  },
  fr: {
    churn: ['Je vais résilier mon abonnement dès demain.', 'résilier mon abonnement'],
    repeat: ['Encore une fois, la synchronisation a échoué.', 'Encore une fois'],
    thanks: ['Merci beaucoup pour votre réponse rapide.', 'Merci beaucoup'],
    notUrgent: "Ce n'est pas urgent, merci de regarder quand vous pourrez.",
    urgent: "C'est urgent, nos clients ne peuvent plus payer.",
    human: 'Je voudrais parler à un conseiller.',
    issue: "L'export ne fonctionne pas depuis la mise à jour.",
  },
  de: {
    churn: ['Das reicht jetzt. Ich kündige.', 'Ich kündige'],
    repeat: ['Schon wieder der gleiche Fehler beim Export.', 'Schon wieder'],
    thanks: ['Vielen Dank für die schnelle Hilfe!', 'Vielen Dank'],
    notUrgent: 'Nicht dringend, schauen Sie es sich in Ruhe an.',
    urgent: 'Dringend: der Shop ist seit heute Morgen down.',
    human: 'Ich möchte mit einem Menschen sprechen.',
    issue: 'Die Synchronisierung funktioniert nicht mehr.',
  },
  it: {
    churn: ["Disdico l'abbonamento, non ne posso più.", 'Disdico'],
    repeat: ['Di nuovo lo stesso errore al pagamento.', 'Di nuovo'],
    thanks: ['Grazie mille per la risposta!', 'Grazie mille'],
    notUrgent: 'Non è urgente, guardate con calma.',
    urgent: 'È urgente, i clienti non riescono a pagare.',
    human: 'Vorrei parlare con un operatore.',
    issue: "L'app non si apre dopo l'aggiornamento.",
  },
  hi: {
    churn: ['फिर से वही दिक्कत। मैं अपनी सदस्यता रद्द कर दूंगा।', 'सदस्यता रद्द कर'],
    repeat: ['फिर से वही समस्या, पैसे कट गए।', 'फिर से'],
    thanks: ['आपका बहुत धन्यवाद', 'बहुत धन्यवाद'],
    notUrgent: 'यह जरूरी नहीं है, आराम से देखिए।',
    urgent: 'यह बहुत जरूरी है, पेमेंट अटका है।',
    human: 'मुझे किसी इंसान से बात करनी है',
    issue: 'मेरा ऑर्डर नहीं आया',
  },
  ar: {
    churn: ['هذا غير مقبول، سألغي اشتراكي', 'سألغي اشتراكي'],
    repeat: ['نفس المشكلة مرة أخرى في الدفع', 'مرة أخرى'],
    thanks: ['شكرا جزيلا على المساعدة', 'شكرا جزيلا'],
    notUrgent: 'ليس عاجلا، على راحتكم',
    urgent: 'الأمر عاجل، المتجر متوقف',
    human: 'أريد التحدث مع موظف',
    issue: 'التطبيق لا يعمل بعد التحديث',
  },
}

describe('cues written for each language', () => {
  for (const [code, f] of Object.entries(FIXTURES)) {
    describe(code, () => {
      it('reads the fixtures as this language', () => {
        for (const text of [f.churn[0], f.repeat[0], f.thanks[0], f.notUrgent, f.urgent, f.human, f.issue]) expect(read(text).language, text).toBe(code)
      })

      it('finds a churn threat, a repeat contact and thanks, with spans into the original text', () => {
        expect(wordsOf(f.churn[0], 'churn-threat')).toContain(f.churn[1])
        expect(wordsOf(f.repeat[0], 'repeat-contact')).toContain(f.repeat[1])
        expect(wordsOf(f.thanks[0], 'gratitude')).toContain(f.thanks[1])
      })

      it('takes urgency back where the words do, and keeps it where they do not', () => {
        const back = read(f.notUrgent).cues
        expect(back.some((c) => c.kind === 'negation' && c.weight > 0), f.notUrgent).toBe(true)
        expect(back.map((c) => c.kind), f.notUrgent).not.toContain('time-pressure')
        expect(cueOf(f.urgent, 'time-pressure'), f.urgent).toBeDefined()
      })

      it('finds an ask for a human and an issue report', () => {
        expect(cueOf(f.human, 'human-request'), f.human).toBeDefined()
        expect(cueOf(f.issue, 'issue-report'), f.issue).toBeDefined()
      })
    })
  }

  it('weighs each language’s cues as the English rules do', () => {
    // What a cue weighs: its kind, pull, emotion and strength (what it cancels is the family's own).
    const weighs = ({ kind, explicit, weight, emotion, strength, negatable, needsProblem }: CueRule): string =>
      JSON.stringify({ kind, explicit, weight, emotion, strength, negatable, needsProblem })
    const english = new Set(CUE_RULES.map(weighs))
    for (const [family, shape] of Object.entries(FAMILIES)) expect(english.has(weighs({ ...shape, patterns: [] })), family).toBe(true)
    const a = cueOf('Voy a cancelar mi suscripción.', 'churn-threat')
    const b = cueOf('I want to cancel my subscription.', 'churn-threat')
    expect({ weight: a?.weight, emotion: a?.emotion, explicit: a?.explicit }).toEqual({ weight: b?.weight, emotion: b?.emotion, explicit: b?.explicit })
  })

  it('gives spans that slice accented, Arabic and Devanagari text exactly', () => {
    for (const [text, kind, words] of [
      ['Ya lo reporté dos veces y sigue sin funcionar la sincronización.', 'repeat-contact', 'Ya lo reporté'],
      ['Ça fait trois jours, je n’arrive pas à me connecter.', 'issue-report', 'n’arrive pas à me connecter'],
      ['Bitte verbinden Sie mich, ich möchte mit einem Mitarbeiter sprechen.', 'human-request', 'mit einem Mitarbeiter sprechen'],
      ['نفس المشكلة مرة أخرى', 'repeat-contact', 'نفس المشكلة'],
      ['ऐप फिर से बंद हो गया।', 'repeat-contact', 'फिर से'],
    ] as const) {
      const c = cuesOf(text, kind).find((x) => x.text === words)
      expect(c, text).toBeDefined()
      expect(c?.start, text).toBe(text.indexOf(words))
    }
  })

  it('reads a typed spelling without accents or umlauts as the written one', () => {
    expect(cueOf('voy a cancelar mi suscripcion', 'churn-threat')).toBeDefined()
    expect(cueOf('Ich kuendige mein Abo', 'churn-threat')).toBeDefined()
    expect(cueOf('نفس المشكله مره اخرى', 'repeat-contact')).toBeDefined()
  })

  it('reads "again" about a fix as no repeat contact', () => {
    expect(read('Gracias, ya funciona todo otra vez.').cues.map((c) => c.kind)).not.toContain('repeat-contact')
    expect(read('Obrigado, voltou a funcionar de novo.').cues.map((c) => c.kind)).not.toContain('repeat-contact')
    expect(read('Otra vez el mismo error.').cues.map((c) => c.kind)).toContain('repeat-contact')
  })

  it('drops thanks and praise its negators take back', () => {
    expect(read('No gracias, así está bien.').cues.map((c) => c.kind)).not.toContain('gratitude')
    expect(read('No estoy contento con el servicio.').cues.map((c) => c.kind)).toContain('explicit-emotion')
    expect(read('Das ist nicht perfekt, aber okay.').cues.map((c) => c.kind)).not.toContain('praise')
  })

  it('takes "no" for "in the" in Portuguese, and weighs the clauses around "pero", "aber", "mais" as around "but"', () => {
    expect(wordsOf('Adorei o atendimento no geral, excelente!', 'praise')).toContain('excelente')
    for (const [turned, plain] of [
      ['Gracias por la respuesta, pero sigue sin funcionar.', 'Gracias por la respuesta.'],
      ['Danke für die Antwort, aber es geht immer noch nicht.', 'Danke für die Antwort.'],
      ['Merci pour la réponse, mais ça ne marche toujours pas.', 'Merci pour la réponse.'],
    ]) {
      const conceded = cueOf(turned, 'gratitude')?.weight ?? 1
      expect(conceded, turned).toBeLessThan(cueOf(plain, 'gratitude')?.weight ?? 0)
    }
  })

  it('keeps the English cues of a mixed message: an English error string in a German one, product words in a Spanish one', () => {
    const de = read('Beim Speichern kommt immer "Request failed" und nichts passiert. Schon wieder!')
    expect(de.language).toBe('de')
    expect(de.cues.map((c) => c.kind)).toEqual(expect.arrayContaining(['issue-report', 'repeat-contact']))
    const es = read('Hola, el dashboard no carga y el export a CSV está broken otra vez')
    expect(es.language).toBe('es')
    expect(es.cues.map((c) => c.kind)).toEqual(expect.arrayContaining(['issue-report', 'repeat-contact']))
  })

  it('does not start English rules on a word that means something else in the language ("hell" is bright)', () => {
    expect(read('Das Display ist viel zu hell eingestellt.').cues.map((c) => c.kind)).not.toContain('profanity')
  })

  it('reads English, a language without a table and no language at all by the English rules, as before', () => {
    const text = 'This is the third time I am writing, I want to cancel my subscription.'
    const tokens = tokenize(text)
    const sentences = splitSentences(text, tokens)
    const base = detectCues(text, tokens, sentences).cues
    for (const language of ['en', 'nl', 'und']) expect(detectCues(text, tokens, sentences, undefined, undefined, language).cues).toEqual(base)
    expect(cueKindsFor(text, tokens, 'en')).toEqual(cueKindsFor(text, tokens))
  })

  it('has a table for every language the reader is to read besides English', () => {
    expect(Object.keys(LANGUAGE_CUES).sort()).toEqual(['ar', 'de', 'es', 'fr', 'hi', 'it', 'pt'])
  })
})

describe('failing jobs said with separable and plain verbs', () => {
  it('reads "schlägt … fehl", "bricht bei … ab" and "échoue" as issue reports', () => {
    // Written for this test.
    for (const text of ['Der Export schlägt seit heute Morgen fehl.', 'Der Download bricht bei 80 Prozent ab.', "L'export échoue depuis ce matin."]) {
      expect(cuesOf(text, 'issue-report').length, text).toBeGreaterThan(0)
    }
  })
})
