import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { tokenize } from './tokenize.js'

describe('tokenize', () => {
  it('splits words, punctuation runs, emoticons and emoji with spans into the input', () => {
    const text = 'Still broken!!! :( 👎🏽'
    const tokens = tokenize(text)
    expect(tokens.map((t) => [t.kind, t.norm])).toEqual([
      ['word', 'still'],
      ['word', 'broken'],
      ['punct', '!!!'],
      ['emoticon', ':('],
      ['emoji', '👎'],
    ])
    for (const t of tokens) expect(text.slice(t.start, t.end).length).toBe(t.end - t.start)
    expect(text.slice(tokens[4]?.start, tokens[4]?.end)).toBe('👎🏽')
  })

  it('keeps contractions together and straightens curly apostrophes', () => {
    expect(tokenize('I’ve tried; it doesn’t work').map((t) => t.norm)).toEqual(["i've", 'tried', ';', 'it', "doesn't", 'work'])
  })

  it('marks shouting and elongation, and squashes letter runs', () => {
    const [a, b] = tokenize('NOOOO waaaay')
    expect(a).toMatchObject({ norm: 'noo', caps: true, elongated: true })
    expect(b).toMatchObject({ norm: 'waay', caps: false, elongated: true })
  })

  it('recognises urls, mentions, hashtags, e-mail addresses and numbers', () => {
    const kinds = tokenize('@AppleSupport see https://x.io/a?b=1 #fail mail me@x.io 4.2').map((t) => t.kind)
    expect(kinds).toEqual(['mention', 'word', 'url', 'hashtag', 'word', 'email', 'number'])
  })

  it('takes "http" for a url only as a scheme or a word of its own', () => {
    const tokens = tokenize('see http and http!x www.x.io https://a.b httpd')
    expect(tokens.map((t) => `${t.kind}:${t.norm}`)).toEqual(['word:see', 'url:http', 'word:and', 'word:http', 'punct:!', 'word:x', 'url:http', 'url:http', 'word:httpd'])
  })

  it('does not take "ID:" or "https:" as emoticons', () => {
    expect(tokenize('ID: 42').some((t) => t.kind === 'emoticon')).toBe(false)
  })

  it('splits the Arabic and Devanagari marks off the word before them, as their ASCII twins', () => {
    const ar = 'لماذا لا يعمل؟ جربت، ولم ينجح'
    const tokens = tokenize(ar)
    expect(tokens.map((t) => t.norm)).toEqual(['لماذا', 'لا', 'يعمل', '?', 'جربت', ',', 'ولم', 'ينجح'])
    // The span of the mark still points at the original character.
    const q = tokens[3]
    expect(ar.slice(q?.start, q?.end)).toBe('؟')
    expect(tokenize('यह ठीक नहीं है। कब तक?').map((t) => t.norm)).toEqual(['यह', 'ठीक', 'नहीं', 'है', '.', 'कब', 'तक', '?'])
    expect(tokenize('Warum？').map((t) => t.norm)).toEqual(['warum', '?'])
  })

  it('reads only the requested range', () => {
    const text = 'ignore this. read this'
    expect(tokenize(text, 13).map((t) => t.norm)).toEqual(['read', 'this'])
  })

  it('never throws and always returns in-range, ordered spans (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        const tokens = tokenize(s)
        let last = 0
        for (const t of tokens) {
          expect(t.start).toBeGreaterThanOrEqual(last)
          expect(t.end).toBeGreaterThan(t.start)
          expect(t.end).toBeLessThanOrEqual(s.length)
          last = t.end
        }
      }),
      { numRuns: 500 },
    )
  })
})
