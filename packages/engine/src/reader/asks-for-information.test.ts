import { describe, expect, it } from 'vitest'
import { createReader } from '../node/index.js'
import { detectCues } from '../signals/detect-cues.js'
import { detectLanguage } from '../text/detect-language.js'
import { splitSentences } from '../text/split-sentences.js'
import { tokenize } from '../text/tokenize.js'
import { asksForInformation } from './asks-for-information.js'

function asks(text: string): boolean {
  const tokens = tokenize(text)
  const language = detectLanguage(text, tokens).language
  const detection = detectCues(text, tokens, splitSentences(text, tokens), undefined, undefined, language)
  return asksForInformation(tokens, detection, language)
}

describe('asksForInformation', () => {
  it('hears a question word of the message language, after a greeting', () => {
    for (const text of [
      'How much does the family plan cost per month?',
      'Hi team, how do I add a second user?',
      "Bonjour, quels sont vos horaires d'ouverture le dimanche ?",
      'Hola, ¿cuál es el horario de atención los sábados?',
      'Guten Tag, wie kann ich meine Lieferadresse ändern?',
      'Buongiorno, come posso cambiare la password del mio account?',
      'Olá, qual é o prazo de entrega para Lisboa?',
      'مرحباً، ما هي مواعيد عمل الفرع الرئيسي يوم الجمعة؟',
      'मैं अपने खाते में मोबाइल नंबर कैसे बदल सकता हूँ?',
    ]) expect(asks(text), text).toBe(true)
  })

  it('does not hear "why", a complaint word or a question word in the middle of a sentence that opens otherwise', () => {
    for (const text of [
      'Why would they take our keys?',
      'What is wrong with my account?',
      'Pourquoi ma commande n\'est toujours pas arrivée ?',
      'Ma commande est bloquée depuis une semaine, quand arrive-t-elle ?',
      'Meine Bestellung ist seit Tagen weg, wann kommt sie?',
    ]) expect(asks(text), text).toBe(false)
  })

  it('lets such a question read neutral in each language', () => {
    const reader = createReader()
    for (const text of ["Bonjour, quels sont vos horaires d'ouverture le dimanche ?", 'Hola, ¿cuál es el horario de atención los sábados?', 'Olá, qual é o prazo de entrega para Lisboa?']) {
      expect(reader.read(text).sentiment.label, text).toBe('neutral')
    }
  })
})
