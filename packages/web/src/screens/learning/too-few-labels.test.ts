import { describe, expect, it } from 'vitest'
import { tooFewText } from './too-few-labels'

describe('a rate from too few labels, in words', () => {
  it('says how many labels there are and how many a figure needs', () => {
    expect(tooFewText(12, 20)).toBe('12 reviewed labels so far; a figure needs 20')
    expect(tooFewText(1, 20)).toBe('1 reviewed label so far; a figure needs 20')
    expect(tooFewText(3, 20, 'reviewer pair', 'reviewer pairs')).toBe('3 reviewer pairs so far; a figure needs 20')
    expect(tooFewText(7, 20, 'held-out label', 'held-out labels', '')).toBe('7 held-out labels; a figure needs 20')
  })
})
