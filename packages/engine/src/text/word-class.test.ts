import { describe, expect, it } from 'vitest'
import { tokenize } from './tokenize.js'
import { W_CONTRAST, W_DAY, W_NEGATOR, W_NUMBER, fnv1a, internSpan, internWord, wordFlags } from './word-class.js'

describe('word classes and interning', () => {
  it('classifies words, including any "n\'t" contraction as a negator', () => {
    expect(wordFlags('not') & W_NEGATOR).toBeTruthy()
    expect(wordFlags("shan't") & W_NEGATOR).toBeTruthy()
    expect(wordFlags('but') & W_CONTRAST).toBeTruthy()
    expect(wordFlags('friday') & W_DAY).toBeTruthy()
    expect(wordFlags('three') & W_NUMBER).toBeTruthy()
    expect(wordFlags('export')).toBe(0)
  })

  it('takes a clock time and a day\'s possessive for a when, and nothing else ending like them', () => {
    for (const w of ['3pm', '10am', '30am', "tomorrow's", "friday's"]) expect(wordFlags(w) & W_DAY, w).toBeTruthy()
    for (const w of ['123pm', 'spam', "friend's", "it's", 'pm', 'am']) expect(wordFlags(w) & W_DAY, w).toBeFalsy()
  })

  it('finds the same entry from a string and from a span of any case', () => {
    const a = internWord('refund')
    const text = 'My REFUND, please'
    expect(internSpan(text, 3, 9, fnv1a('refund'))).toBe(a)
    expect(tokenize(text)[1]?.info).toBe(a)
    expect(tokenize(text)[1]?.norm).toBe('refund')
  })

  it('keeps distinct words apart even when they share a table slot', () => {
    const words = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}x`)
    const infos = words.map((w) => internWord(w))
    words.forEach((w, i) => {
      expect(infos[i]?.norm).toBe(w)
      expect(internWord(w)).toBe(infos[i])
    })
  })
})
