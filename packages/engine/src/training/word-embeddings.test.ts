import { describe, expect, it } from 'vitest'
import { tokenize } from '../text/tokenize.js'
import { buildVocabulary, kmeansClusters, learnWordEmbeddings, orthonormalize, symmetricEigen } from './word-embeddings.js'

const corpus = [
  'i love this movie so much',
  'i adore this film so much',
  'i love that film',
  'i adore that movie',
  'i hate this movie so much',
  'i despise this film so much',
  'i hate that film',
  'i despise that movie',
  'the weather is good today',
  'the weather is bad today',
  'the weather is great today',
  'the weather is awful today',
]
  .flatMap((s) => [s, s, s])
  .map((s) => tokenize(s))

describe('word embeddings', () => {
  it('builds a frequency-ordered vocabulary with a minimum count', () => {
    const v = buildVocabulary([tokenize('a b b c c c')], 2, 10)
    expect(v).toEqual(['c', 'b'])
  })

  it('orthonormalises columns', () => {
    const q = Float64Array.from([1, 2, 3, 4, 5, 6])
    orthonormalize(q, 3, 2)
    const dot = q[0]! * q[1]! + q[2]! * q[3]! + q[4]! * q[5]!
    expect(Math.abs(dot)).toBeLessThan(1e-12)
    expect(q[0]! ** 2 + q[2]! ** 2 + q[4]! ** 2).toBeCloseTo(1, 12)
  })

  it('finds eigenvalues of a symmetric matrix', () => {
    const { values } = symmetricEigen(Float64Array.from([2, 1, 1, 2]), 2)
    expect([...values].sort()).toEqual([expect.closeTo(1, 9), expect.closeTo(3, 9)])
  })

  it('is deterministic and puts words of similar contexts close together', () => {
    const a = learnWordEmbeddings(corpus, { dim: 4, minCount: 2, seed: 3 })
    const b = learnWordEmbeddings(corpus, { dim: 4, minCount: 2, seed: 3 })
    expect(a.vectors).toEqual(b.vectors)
    const cos = (x: string, y: string) => {
      const i = a.index.get(x)!
      const j = a.index.get(y)!
      let s = 0
      for (let d = 0; d < a.dim; d++) s += a.vectors[i * a.dim + d]! * a.vectors[j * a.dim + d]!
      return s
    }
    expect(cos('love', 'adore')).toBeGreaterThan(cos('love', 'weather'))
    const clusters = kmeansClusters(a.vectors, a.dim, 3, 5, 1)
    expect(clusters.length).toBe(a.words.length)
    expect(kmeansClusters(a.vectors, a.dim, 3, 5, 1)).toEqual(clusters)
  })
})
