import { describe, expect, it } from 'vitest'
import { detectLanguage } from './detect-language.js'
import { isArabiziSpelling } from './language-spelling.js'
import { tokenize } from './tokenize.js'

const lang = (text: string, hint?: string): string => detectLanguage(text, tokenize(text), hint).language

describe('detectLanguage', () => {
  it('tells common support languages apart', () => {
    expect(lang('The export is still broken and I need it today')).toBe('en')
    expect(lang('Mi pedido no ha llegado y necesito ayuda con el reembolso')).toBe('es')
    expect(lang("Je n'ai toujours pas reçu ma commande, merci de m'aider")).toBe('fr')
    expect(lang('Meine Bestellung ist immer noch nicht angekommen, bitte helfen Sie mir')).toBe('de')
    expect(lang('Il mio ordine non è ancora arrivato, grazie per l’aiuto')).toBe('it')
    expect(lang('Meu pedido ainda não chegou, preciso de ajuda')).toBe('pt')
  })

  it('counts "me" for every language that writes it, not for English alone', () => {
    expect(lang('Me parece indignante que me cobren una comisión que nadie me explicó.')).toBe('es')
    expect(lang('Let me know when it ships')).toBe('en')
  })

  it('does not take short English for Portuguese over a shared word like "as"', () => {
    expect(lang('Same problem as yesterday.')).toBe('en')
    expect(lang('As soon as possible please')).toBe('en')
    expect(lang('As encomendas não chegaram')).toBe('pt')
  })

  it('uses the script for non-Latin text', () => {
    expect(lang('Заказ до сих пор не пришёл')).toBe('ru')
    expect(lang('الطلب لم يصل بعد')).toBe('ar')
    expect(lang('注文がまだ届いていません')).toBe('ja')
    expect(lang('주문이 아직 도착하지 않았습니다')).toBe('ko')
  })

  it('says "und" for text without words', () => {
    expect(lang('😡😡😡')).toBe('und')
    expect(lang('https://example.test/x')).toBe('und')
    expect(lang('')).toBe('und')
  })

  it('falls back to the locale hint when no function word decides', () => {
    expect(lang('Gracias!!', 'es-MX')).toBe('es')
    expect(lang('Refund?')).toBe('en')
  })

  it('reads Arabic typed in Latin letters and digits as Arabic, not as the Spanish its "el" looks like', () => {
    expect(lang('wallahi zeh2t, el tatbee2 bey2fel kol shwaya w el 7agz beta3i ra7')).toBe('ar')
    expect(lang('3asabt gedan, el order elli talabto mesh wasel lessa')).toBe('ar')
    expect(lang('shokran ktir, kolo sar yeshte8el')).toBe('ar')
    // Spanish keeps its "el": the other words are Spanish.
    expect(lang('El pedido de ayer no ha llegado y el repartidor no contesta')).toBe('es')
  })

  it('takes no tech name or time for Arabic in Latin letters', () => {
    expect(lang('The 3am call about 2fa on the mp3 player and covid19 rules, b2b only')).toBe('en')
    expect(lang('My 4G router and the i7 laptop both lost wifi at 7pm')).toBe('en')
  })
})

describe('isArabiziSpelling', () => {
  it('knows a digit standing for a sound between letters or before a vowel', () => {
    for (const w of ['3asabt', '7agaztaha', 'a2olkom', 'yeshte8el', 'ma5no2a']) expect(isArabiziSpelling(w), w).toBe(true)
  })
  it('leaves numbers, ordinals, times and product names alone', () => {
    for (const w of ['3am', '2nd', '3days', 'mp3', 'b2b', 'covid19', 'i18n', 'ps5', 'h264', '4g', 'sha256', 'k8s']) expect(isArabiziSpelling(w), w).toBe(false)
  })
})
