import { describe, expect, it } from 'vitest'
import { detectLanguage } from './detect-language.js'
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
})
