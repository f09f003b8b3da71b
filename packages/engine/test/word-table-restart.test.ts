import { describe, expect, it } from 'vitest'
import { createReader } from '../src/node/index.js'
import { internWord, wordEpoch, wordIdLimit } from '../src/text/word-class.js'

// The models memoise per word in arrays indexed by word id; the word table reuses ids when it starts
// over, so a reading after that must not pick up another word's row.
describe('readings across the word table starting over', () => {
  it('reads the same before and after the table reuses word ids', () => {
    const reader = createReader()
    const texts = [
      'Thanks so much, the refund came through and it works great now!',
      'This is the third time I am asking, still not fixed. #fail @support 3 days',
      "I don't think the update helped, it's worse than before",
    ]
    const before = texts.map((t) => JSON.stringify(reader.read(t, { explain: true })))
    const old = internWord('refund')
    expect(old.id).toBeGreaterThan(0)
    const epoch = wordEpoch()
    for (let i = 0; wordEpoch() === epoch; i++) internWord(`restart${i.toString(36)}q`)
    expect(old.id).toBe(0)
    expect(internWord('refund').id).toBeLessThan(wordIdLimit)
    // Fill the reused ids with other words first, so stale rows would be found if they were kept.
    for (let i = 0; i < 2000; i++) internWord(`other${i.toString(36)}z`)
    expect(texts.map((t) => JSON.stringify(reader.read(t, { explain: true })))).toEqual(before)
  })
})
