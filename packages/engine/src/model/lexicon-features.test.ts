import { describe, expect, it } from 'vitest'
import { negationScope } from '../text/negation.js'
import { tokenize } from '../text/tokenize.js'
import { LEXICON_FEATURE_COUNT, lexiconSummary, type WordTable, wordTable } from './lexicon-features.js'
import { TokenAnalysis, analyzeTokens, lookUpTokens } from './token-analysis.js'
import type { Token } from '../text/token.js'

function analysis(tokens: readonly Token[], table: WordTable | undefined): TokenAnalysis {
  const a = new TokenAnalysis()
  lookUpTokens(tokens, table, a)
  analyzeTokens(tokens, a, table !== undefined)
  return a
}

const lexicon = new Map([
  ['good', 1.9],
  ['great', 3.1],
  ['bad', -2.5],
  [':(', -2.2],
])

function summary(text: string): Float64Array {
  const tokens = tokenize(text)
  const a = analysis(tokens, wordTable(lexicon))
  const out = new Float64Array(LEXICON_FEATURE_COUNT)
  lexiconSummary(tokens, a, out)
  return out
}

describe('analyzeTokens', () => {
  it('marks negation scope exactly like negationScope', () => {
    const texts = [
      "I don't think this is good, but the rest is fine",
      'not bad at all. never again - no way',
      'nothing works however I tried',
      "it isn't \"great\" honestly",
    ]
    for (const text of texts) {
      const tokens = tokenize(text)
      const a = analysis(tokens, wordTable(lexicon))
      expect(Array.from(a.negated.subarray(0, tokens.length))).toEqual(Array.from(negationScope(tokens), (f) => f & 1))
      const b = analysis(tokens, undefined)
      expect(Array.from(b.negated.subarray(0, tokens.length))).toEqual(Array.from(negationScope(tokens), (f) => f & 1))
    }
  })
})

describe('lexiconSummary', () => {
  it('scores polarity with boosters, negation and but-clauses', () => {
    const good = summary('this is good')
    const veryGood = summary('this is very good')
    const notGood = summary('this is not good')
    expect(good[0]).toBeGreaterThan(0)
    expect(veryGood[0]).toBeGreaterThan(good[0] as number)
    expect(notGood[0]).toBe(0)
    expect(notGood[1]).toBeGreaterThan(0)
    // After "but" the second clause dominates.
    const s = summary('it was good but then bad')
    expect(s[1]).toBeGreaterThan(0)
    expect(summary('broken again :(')[1]).toBeGreaterThan(0)
    expect(summary('the meeting is at noon')[10]).toBe(1)
  })
})
