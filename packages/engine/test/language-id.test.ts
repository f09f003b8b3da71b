import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { detectLanguage, tokenize } from '../src/index.js'

const lang = (text: string, hint?: string): string => detectLanguage(text, tokenize(text), hint).language

// Support messages written for these tests: greetings, thanks, one-word replies, product names,
// URLs and code, in each language the reader reads.
const SUPPORT: Record<string, readonly string[]> = {
  en: [
    'Hi', 'Thanks!', 'Thank you so much', 'ok', 'Yes', 'No', 'Refund?', 'Still broken.', 'Any update?', 'Nope.', 'Done', 'Works now', 'lol ok', 'asap pls',
    'The export is still broken and I need it today', 'Can you check https://app.example.com/settings?', 'Error: ECONNREFUSED 127.0.0.1:5432',
    'npm install fails with EACCES', 'Please cancel my subscription', 'Not urgent, whenever you get a chance', 'Fine, I guess.', 'Cancel order #48213',
  ],
  es: [
    'Hola', '¡Gracias!', 'Muchas gracias', 'Buenos días', 'Vale, gracias', 'Mi pedido no ha llegado', 'Otra vez el mismo error', 'Voy a cancelar mi suscripción',
    'No es urgente', '¿Puedo hablar con una persona?', 'El checkout da error 500 cuando pago con PayPal', 'Sigue sin funcionar', 'Me cobraron dos veces',
  ],
  fr: [
    'Bonjour', 'Merci beaucoup', "D'accord", 'Ma commande n’est pas arrivée', 'Encore une fois le même problème', 'Je vais résilier mon abonnement',
    "Ce n'est pas urgent", 'Je voudrais parler à un conseiller', "L'application plante depuis la mise à jour", 'On m’a facturé deux fois',
    'Bonsoir, le lien https://exemple.fr/compte ne fonctionne pas',
  ],
  de: [
    'Hallo', 'Danke!', 'Vielen Dank', 'Guten Morgen', 'Meine Bestellung ist nicht angekommen', 'Schon wieder der gleiche Fehler', 'Ich kündige',
    'Nicht dringend', 'Ich möchte mit einem Menschen sprechen', 'Die App stürzt seit dem Update ab', 'Mir wurde doppelt abgebucht',
  ],
  it: [
    'Ciao', 'Grazie!', 'Grazie mille', 'Buongiorno', 'Il mio ordine non è arrivato', 'Di nuovo lo stesso errore', 'È urgente', 'Non è urgente',
    'Vorrei parlare con un operatore', 'Voglio parlare con una persona vera, non con un bot.', 'Il pagamento con Stripe non va a buon fine', 'Potete aiutarmi?',
  ],
  pt: [
    'Olá', 'Obrigado!', 'Muito obrigada', 'Bom dia', 'Meu pedido não chegou', 'De novo o mesmo erro', 'Vou cancelar minha assinatura', 'Não é urgente',
    'Quero falar com um atendente', 'O pagamento pelo Mercado Pago dá erro', 'Vocês podem me ajudar?',
  ],
  ar: ['مرحبا', 'شكرا', 'طلبي لم يصل', 'نفس المشكلة مرة أخرى', 'سألغي اشتراكي', 'ليس عاجلا', 'لا يعمل تسجيل الدخول في Gmail'],
  hi: [
    'नमस्ते', 'धन्यवाद', 'मेरा ऑर्डर नहीं आया', 'फिर से वही समस्या', 'जल्दी नहीं है', 'Paytm से पेमेंट नहीं हो रहा', 'Mera order abhi tak nahi aaya',
    'Bhai refund kab milega?', 'phir se same problem ho rahi hai',
  ],
}

describe('detectLanguage on support messages', () => {
  for (const [code, texts] of Object.entries(SUPPORT)) {
    it(`reads short ${code} support messages as ${code}`, () => {
      for (const text of texts) expect(lang(text), text).toBe(code)
    })
  }

  it('keeps English with a foreign product, place or person name English', () => {
    for (const text of [
      'I love the new Señor Frog integration', 'Our Müller GmbH account was charged twice', 'Le Creuset pans arrived damaged', 'Where is my Café Rouge order?',
      'My invoice from Deutsche Bahn is missing', 'Our Mercado Libre store sync is down', 'My name is José García and I cannot log in', 'Gracias! That fixed it.',
      'The Spanish text "no se puede" appears on the checkout button', 'Our customer in Munich wrote "Vielen Dank" but the ticket closed anyway',
    ]) {
      expect(lang(text), text).toBe('en')
    }
  })

  it('reads a mixed message by the language it is written in, not by its English product words or error strings', () => {
    expect(lang('Hola, el dashboard no carga y el export a CSV falla con timeout')).toBe('es')
    expect(lang('Desde el último update la app de iOS hace crash cuando abro el checkout')).toBe('es')
    expect(lang('Beim Speichern kommt immer "Error: Request failed with status code 500" und nichts passiert')).toBe('de')
    expect(lang('Seit heute Morgen bekomme ich nur noch "Access denied" beim Login')).toBe('de')
    expect(lang('Le webhook renvoie "invalid signature" depuis ce matin')).toBe('fr')
    expect(lang('Quando faccio il login ricevo "Session expired" ogni volta')).toBe('it')
    expect(lang('Mera payment fail ho gaya, please check karo')).toBe('hi')
  })

  it('names languages it does not read instead of taking them for English', () => {
    expect(lang('Mijn bestelling is nog niet aangekomen')).toBe('nl')
    expect(lang('Moje zamówienie jeszcze nie dotarło')).toBe('pl')
    expect(lang('Siparişim hâlâ gelmedi')).toBe('tr')
    expect(lang('سفارش من هنوز نرسیده است')).toBe('fa')
    expect(lang('میرا آرڈر ابھی تک نہیں پہنچا')).toBe('ur')
  })

  it('says "und" for text without words', () => {
    for (const text of ['😡😡😡', 'https://example.test/x', '', '12345', '!!!']) expect(lang(text), text).toBe('und')
  })

  it('lets the locale hint decide where the words do not', () => {
    expect(lang('Ok!!', 'pt-BR')).toBe('pt')
    expect(lang('Ok!!')).toBe('en')
    expect(lang('Vale, ok', 'es-ES')).toBe('es')
    // The hint does not outvote a message plainly in another language.
    expect(lang('The export is still broken and I need it today', 'de-DE')).toBe('en')
  })
})

// The labelled multilingual tweets live beside the repository (../shared/data); a fresh clone has none.
const dataDir = process.env.UNDERTONE_DATA ?? join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'shared', 'data')
const validation = join(dataDir, 'xlm-t-sentiment-multilingual', 'validation.jsonl')
const hasData = existsSync(validation)
if (!hasData) console.warn(`[language-id data test] skipped: ${validation} not found (set UNDERTONE_DATA to run it)`)

// Floors a little under what was measured (accuracy per language on the 324 validation tweets each:
// ar 99.7, en 100, es 99.1, fr 94.8, de 81.8, it 88.9, pt 88.9, hi 51.5; before this detector fr 81.2,
// de 55.9, it 77.5, pt 58.6, es 83.6, hi 0). Hindi is typed in Latin letters there and often in
// English; the German, Italian and Portuguese misses are mostly tweets of names and hashtags.
const FLOORS: Record<string, number> = { ar: 0.98, en: 0.99, es: 0.97, fr: 0.92, de: 0.79, it: 0.86, pt: 0.85, hi: 0.48 }

describe.skipIf(!hasData)('detectLanguage on the XLM-T validation tweets', () => {
  it('identifies each language above its measured floor, and reads no English tweet as another language', () => {
    const rows = readFileSync(validation, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as { lang: string; text: string })
    const hits: Record<string, [number, number]> = {}
    for (const r of rows) {
      const tally = (hits[r.lang] ??= [0, 0])
      tally[1]++
      if (lang(r.text) === r.lang) tally[0]++
    }
    for (const [code, floor] of Object.entries(FLOORS)) {
      const [ok, n] = hits[code] ?? [0, 0]
      expect(n, code).toBeGreaterThan(0)
      expect(ok / n, code).toBeGreaterThanOrEqual(floor)
    }
  })
})
