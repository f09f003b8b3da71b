import { describe, expect, it } from 'vitest'
import { createReader } from '../src/node/index.js'
import { showCues } from './language-cue-reading.js'

// Round 63 of the per-language cue tables: calm openers. A greeting ("Bonsoir", "Grüezi mitenand",
// "السلام عليكم", "Namaste ji") is a formality (the `greeting` family), and a question announced or a
// routine request ("j'ai une question", "ich schreibe wegen", "tengo una consulta", "vorrei sapere",
// "gostaria de", "عندي استفسار", "ek sawaal hai") is a request (the `request` family; the topic named
// alone, "bezüglich …", the `topic` family), which pulls toward neutral only where no problem is
// named. On the 210 written messages of round 63 the misses went 59 → 20 (greetings 40 → 7), and 14
// with the announced question's lead (`asks`; round 64: 29 → 24). The
// complaints below open the same way and must stay negative. Every message here was written for
// these tests.

const reader = createReader()

const NEUTRAL: Record<string, readonly string[]> = {
  ar: ['السلام عليكم، عندي استفسار عن طلبي الأخير.', 'أهلاً، حابب أستفسر عن مواعيد العيادة يوم الجمعة.'],
  de: ['Moin, ich hätte da eine kurze Frage zu meiner Rechnung.', 'Sehr geehrte Damen und Herren, ich schreibe Ihnen bezüglich meines Vertrags.'],
  es: ['Buenas tardes, tengo una consulta sobre mi pedido.', 'Hola, les escribo por una duda con la factura de marzo.'],
  fr: ['Bonsoir, j\'aurais une petite question sur mon forfait.', 'Bonjour à tous, je vous contacte au sujet de mon contrat.'],
  hi: ['Namaste sir, mera ek chhota sa sawaal hai.', 'नमस्ते जी, मुझे बिल के बारे में जानकारी चाहिए।'],
  it: ['Buonasera, avrei una domanda sul mio abbonamento.', 'Gentile servizio clienti, vi scrivo per avere informazioni sulla consegna.'],
  pt: ['Boa tarde, tenho uma dúvida sobre a minha conta.', 'Olá, gostaria de saber o horário da loja no sábado.'],
}

const NEGATIVE: Record<string, readonly string[]> = {
  ar: ['مساء الخير، عندي سؤال: ليه الطلب لسه ما وصل بعد أسبوعين؟ أنا زهقت.'],
  de: ['Guten Tag, ich schreibe wegen meiner Rechnung: Sie haben mir schon wieder zu viel abgebucht, das ist eine Frechheit.'],
  es: ['Hola, les escribo por mi pedido: llevo tres semanas esperando y nadie me responde, estoy harta.'],
  fr: ['Bonjour, je vous écris au sujet de ma commande, toujours pas livrée après trois semaines. J\'en ai marre.'],
  it: ['Buongiorno, vi scrivo per la terza volta per lo stesso problema e nessuno mi risponde. Sono stufa.'],
  pt: ['Bom dia, tenho uma dúvida: por que me cobraram duas vezes? Estou muito irritada com isso.'],
}

describe('round 63: calm openers read neutral', () => {
  for (const [lang, texts] of Object.entries(NEUTRAL)) {
    it(`${lang}: greetings and announced questions read neutral`, () => {
      for (const text of texts) {
        const r = reader.read(text)
        expect(r.language, text).toBe(lang)
        expect(r.sentiment.label, showCues(text)).toBe('neutral')
        expect(r.emotions.sarcasm, text).toBeLessThanOrEqual(0.15)
      }
    })
  }
})

// Greetings the model hears as cheer, before a question announced: a courtesy lead on the greeting
// family (neutral leads positive) fixed them too but cost XLM-T validation es 62.35 -> 60.49
// ("¡Buenos días y #FelizViernes!"); the announced question's lead (the request family's `asks`)
// leaves tweets alone.
const CHEER_THEN_QUESTION = ['مساء الخير، عندي سؤال بخصوص طلبي الأخير.', 'Bom dia, tenho uma dúvida sobre a minha conta.']

describe('round 63: a greeting heard as cheer, then a question announced', () => {
  it.each(CHEER_THEN_QUESTION)('%s', (text) => {
    expect(reader.read(text).sentiment.label, showCues(text)).toBe('neutral')
  })
})

describe('round 63: complaints that open the same way stay negative', () => {
  for (const [lang, texts] of Object.entries(NEGATIVE)) {
    it(`${lang}: a complaint after a greeting and an announced topic`, () => {
      for (const text of texts) expect(reader.read(text).sentiment.label, showCues(text)).toBe('negative')
    })
  }
})
