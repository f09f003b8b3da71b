import { describe, expect, it } from 'vitest'
import { tokenize } from '../../text/tokenize.js'
import { MULTILINGUAL_LANGUAGES } from '../../training/train-multilingual.js'
import { MultilingualFeaturizer, foldWord } from '../multilingual-features.js'
import { POLARITY_LEXICONS } from './polarity-lexicons.js'

const LISTS = ['strongPositive', 'positive', 'negative', 'strongNegative'] as const
const CONFIG = { bits: 16, charMin: 2, charMax: 5, charWeight: 0.5, wordWeight: 1, bigrams: true, shared: true, tagged: true, negation: true, lexicon: 1 }
const featurizer = new MultilingualFeaturizer(CONFIG, MULTILINGUAL_LANGUAGES)
const polarity = (text: string, lang: string) => featurizer.polarity(tokenize(text), MULTILINGUAL_LANGUAGES.indexOf(lang))

describe('polarity word lists', () => {
  it('has a list for every language the multilingual model reads', () => {
    expect(Object.keys(POLARITY_LEXICONS).sort()).toEqual([...MULTILINGUAL_LANGUAGES].sort())
  })

  for (const [lang, lexicon] of Object.entries(POLARITY_LEXICONS)) {
    it(`${lang}: every entry is one word as the model folds it, in one list only, and every neutral pair names a listed word`, () => {
      const seen = new Map<string, string>()
      for (const list of LISTS) {
        for (const word of lexicon[list]) {
          const folded = foldWord(word.toLowerCase())
          expect(folded, `${lang} ${list} "${word}"`).toHaveLength(1)
          const key = folded[0] as string
          const other = seen.get(key)
          // A word folded from two spellings may sit twice in one list, never in two.
          if (other !== undefined) expect(other, `${lang} "${word}" in ${list} and ${other}`).toBe(list)
          seen.set(key, list)
        }
      }
      for (const pair of lexicon.neutralPairs ?? []) {
        const words = pair.split(' ').flatMap((w) => foldWord(w.toLowerCase()))
        expect(words, pair).toHaveLength(2)
        expect(words.some((w) => seen.has(w)), `${lang} neutral pair "${pair}" names no listed word`).toBe(true)
      }
    })
  }
})

describe('MultilingualFeaturizer.polarity', () => {
  it('sums praise and complaint words, strong ones double, in the message language only', () => {
    expect(polarity('El servicio es excelente y rápido', 'es')).toEqual([3, 0, 0, 0])
    expect(polarity('Un servicio pésimo, una estafa', 'es')).toEqual([0, 4, 0, 0])
    // The same words read as German are not German polarity words.
    expect(polarity('El servicio es excelente y rápido', 'de')[0]).toBeLessThan(3)
  })

  it('moves a word after a negator of the language to the negated sums', () => {
    expect(polarity('Das ist nicht gut', 'de')).toEqual([0, 0, 1, 0])
    expect(polarity('Non è male', 'it')[3]).toBeGreaterThan(0)
    expect(polarity('Non è male', 'it')[1]).toBe(0)
  })

  it('forgives a stretched last letter ("buenooo")', () => {
    expect(polarity('buenooo', 'es')).toEqual(polarity('bueno', 'es'))
  })

  it('counts neither word of a greeting or an acknowledgement pair', () => {
    expect(polarity('Bom dia, meu pedido está atrasado', 'pt')[0]).toBe(0)
    expect(polarity('Buenos días', 'es')).toEqual([0, 0, 0, 0])
    expect(polarity('Tá bom', 'pt')).toEqual([0, 0, 0, 0])
    // The same word elsewhere still counts: "um bom dia" is a greeting, "muito bom" is praise.
    expect(polarity('O atendimento foi muito bom', 'pt')[0]).toBeGreaterThan(0)
    // A pair broken by punctuation is no pair.
    expect(polarity('Tá. Bom trabalho', 'pt')[0]).toBeGreaterThan(0)
  })

  it('is all zero when the config has no lexicon', () => {
    const plain = new MultilingualFeaturizer({ ...CONFIG, lexicon: 0 }, MULTILINGUAL_LANGUAGES)
    expect(plain.polarity(tokenize('excelente, pésimo'), MULTILINGUAL_LANGUAGES.indexOf('es'))).toEqual([0, 0, 0, 0])
  })
})
