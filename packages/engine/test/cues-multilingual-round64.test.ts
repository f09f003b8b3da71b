import { describe, expect, it } from 'vitest'
import { createReader } from '../src/node/index.js'
import { showCues } from './language-cue-reading.js'

// Round 64 of the per-language cue tables: calm requests. "No hurry" said in the ways the tables
// lacked ("es pressiert gar nicht", "rien ne presse", "non ho fretta", "على مهلكم", "कोई जल्दबाज़ी नहीं")
// is the `notUrgent` family; a cancellation given its date or a neutral reason ("a partir del 1 de
// junio", "fristgerecht", "pour cause de départ", "अगले महीने से") is a formal request, not a churn
// threat (`notChurn`); the customer's own slip ("hab mich vertippt", "me equivoqué al escribir") is a
// request to put it right (`request`). On the 224 written messages of round 64 the misses went 24 → 14
// (urgency taken back 8 → 1, formal requests 6 → 3); round 66 stayed at 14 of 210, XLM-T validation
// unchanged in every language. Churn threats and urgent requests below must read as before. Every
// message here was written for these tests.

const reader = createReader()

const NO_HURRY: Record<string, readonly string[]> = {
  ar: ['ممكن ترسلوا لي نسخة من الفاتورة؟ على مهلكم.'],
  de: ['Können Sie mir die Rechnung noch einmal zuschicken? Es pressiert gar nicht.', 'Schicken Sie mir bitte die Unterlagen für die Steuer, lassen Sie sich ruhig Zeit.'],
  es: ['Cuando les venga bien, me mandan el presupuesto de la reforma, no corre prisa.'],
  fr: ['Pourriez-vous me renvoyer le devis pour la cuisine ? Rien ne presse.'],
  hi: ['मुझे पिछले महीने का बिल भेज दीजिए, कोई जल्दबाज़ी नहीं है।'],
  it: ['Mi mandate la ricevuta del pagamento? Fate con comodo, non ho fretta.'],
  pt: ['Podem me enviar a segunda via do boleto? Não tenho pressa.'],
}

// Before: a churn-threat cue and frustration 0.79–0.86.
const CALM_CANCELLATIONS: Record<string, readonly string[]> = {
  de: ['Ich kündige meinen Stromvertrag wegen Umzugs nach Hamburg.'],
  es: ['Quisiera dar de baja mi línea fija a partir del 1 de junio.'],
  fr: ["Je souhaite résilier mon contrat d'assurance habitation pour cause de départ à l'étranger."],
  hi: ['मैं अगले महीने से अपना इंटरनेट कनेक्शन बंद करवाना चाहती हूँ।'],
  it: ["Vorrei dare disdetta dell'abbonamento in palestra a partire dal mese prossimo."],
  pt: ['Gostaria de cancelar o meu plano a partir de julho por motivo de mudança.'],
}

const CHURN_THREATS: Record<string, readonly string[]> = {
  de: ['Wenn das Internet bis Montag nicht läuft, kündige ich und wechsle zur Konkurrenz.'],
  es: ['Es la tercera vez que me cortan la luz, si no lo arreglan doy de baja el contrato.'],
  fr: ['Troisième panne ce mois-ci, je résilie mon abonnement et je passe chez la concurrence.'],
  hi: ['तीसरी बार बिल गलत आया है, मेरा कनेक्शन रद्द करें, मैं दूसरी कंपनी ले लूँगा।'],
  it: ['Ennesimo addebito sbagliato: do disdetta del contratto e passo a un altro operatore.'],
  pt: ['Já é a terceira cobrança indevida, vou cancelar a assinatura e mudar de operadora.'],
}

const URGENT: readonly string[] = [
  'Es eilt sehr, die Heizung ist ausgefallen und wir haben ein Baby zu Hause.',
  'Es urgente, necesito el certificado antes del viernes.',
  "C'est urgent, j'ai besoin de la facture avant demain midi.",
  'È urgente, ho bisogno del certificato entro domani mattina.',
]

const OWN_SLIPS: readonly string[] = [
  'Könnten Sie die E-Mail-Adresse in meinem Konto ändern? Ich habe mich bei der Anmeldung vertippt.',
  'Me equivoqué al escribir mi correo, ¿podrían cambiarlo por el nuevo?',
]

describe('round 64: no hurry reads low urgency, not delight', () => {
  for (const [lang, texts] of Object.entries(NO_HURRY)) {
    it(lang, () => {
      for (const text of texts) {
        const r = reader.read(text)
        expect(r.language, text).toBe(lang)
        expect(r.emotions.urgency, showCues(text)).toBeLessThanOrEqual(0.3)
        expect(r.sentiment.label, showCues(text)).not.toBe('positive')
      }
    })
  }
})

describe('round 64: a cancellation dated or for a neutral reason is no churn threat', () => {
  for (const [lang, texts] of Object.entries(CALM_CANCELLATIONS)) {
    it(lang, () => {
      for (const text of texts) {
        const r = reader.read(text)
        expect(r.language, text).toBe(lang)
        expect(r.cues.map((c) => c.kind), showCues(text)).not.toContain('churn-threat')
        expect(r.emotions.frustration, showCues(text)).toBeLessThan(0.5)
      }
    })
  }
})

describe('round 64: churn threats stay churn threats', () => {
  for (const [lang, texts] of Object.entries(CHURN_THREATS)) {
    it(lang, () => {
      for (const text of texts) {
        const r = reader.read(text)
        expect(r.cues.map((c) => c.kind), showCues(text)).toContain('churn-threat')
        expect(r.sentiment.label, showCues(text)).toBe('negative')
        expect(r.emotions.frustration, showCues(text)).toBeGreaterThanOrEqual(0.7)
      }
    })
  }
})

describe('round 64: urgent requests stay urgent', () => {
  it.each(URGENT)('%s', (text) => {
    expect(reader.read(text).emotions.urgency, showCues(text)).toBeGreaterThanOrEqual(0.6)
  })
})

describe("round 64: the customer's own slip is a request, not a fault", () => {
  it.each(OWN_SLIPS)('%s', (text) => {
    const r = reader.read(text)
    expect(r.sentiment.score, showCues(text)).toBeGreaterThanOrEqual(-0.4)
    expect(r.emotions.frustration, showCues(text)).toBeLessThanOrEqual(0.4)
  })
})
