import { describe, expect, it } from 'vitest'
import { tokenize } from '../text/tokenize.js'
import { compilePattern, matchPattern, requiredSecondWords } from './phrase-pattern.js'

const matches = (pattern: string, text: string): boolean => {
  const p = compilePattern(pattern)
  const tokens = tokenize(text)
  return tokens.some((_, i) => matchPattern(p, tokens, i) >= 0)
}

describe('phrase patterns', () => {
  it('lets #num and #day stand among an element\'s words', () => {
    expect(matches('took #num|a days', 'it took 3 days')).toBe(true)
    expect(matches('took #num|a days', 'it took four days')).toBe(true)
    expect(matches('took #num|a days', 'it took a days')).toBe(true)
    expect(matches('took #num|a days', 'it took many days')).toBe(false)
    expect(matches('starts #day|tomorrow', 'the workshop starts Monday')).toBe(true)
    expect(matches('starts #day|tomorrow', 'the workshop starts tomorrow')).toBe(true)
    expect(matches('starts #day|tomorrow', 'the workshop starts soon')).toBe(false)
    // A second element with a wildcard among its words names no second word for the index.
    expect(requiredSecondWords(compilePattern('took #num|a days'))).toBeUndefined()
    expect(requiredSecondWords(compilePattern('took the|a bus'))).toEqual(new Set(['the', 'a']))
  })

  it('skips commas and quotes, single or double, between elements', () => {
    expect(matches('still says processing', "it still says 'processing'")).toBe(true)
    expect(matches('still says processing', 'it still says "processing"')).toBe(true)
    expect(matches('still says processing', 'it still says. processing')).toBe(false)
  })
})
