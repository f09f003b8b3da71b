import { describe, expect, it } from 'vitest'
import { calibrateProbabilities, expectedCalibrationError, fitConfidenceCalibration } from './calibration.js'

describe('calibration', () => {
  it('computes ECE by confidence bins', () => {
    expect(expectedCalibrationError([0.9, 0.9], [true, false])).toBeCloseTo(0.4)
    expect(expectedCalibrationError([0.75, 0.75, 0.75, 0.75], [true, true, true, false])).toBeCloseTo(0)
  })

  it('maps an over-confident label down to its accuracy and keeps the winner', () => {
    // Label 0 claims 0.95 but is right only 70% of the time; label 2 is honest.
    const predicted: number[] = []
    const confidence: number[] = []
    const correct: boolean[] = []
    for (let i = 0; i < 200; i++) {
      predicted.push(0)
      confidence.push(0.9 + (i % 10) / 100)
      correct.push(Math.floor(i / 10) % 10 < 7)
      predicted.push(2)
      confidence.push(0.6)
      correct.push(Math.floor(i / 10) % 10 < 6)
    }
    const cal = fitConfidenceCalibration(predicted, confidence, correct)
    const p = calibrateProbabilities([0.95, 0.03, 0.02], 0, cal)
    expect(p[0]).toBeGreaterThan(0.6)
    expect(p[0]).toBeLessThan(0.8)
    expect(p[0] + p[1] + p[2]).toBeCloseTo(1)
    expect(p[1] / p[2]).toBeCloseTo(0.03 / 0.02)
    const before = expectedCalibrationError(confidence, correct)
    const after = expectedCalibrationError(
      predicted.map((l, i) => {
        const q: [number, number, number] = l === 0 ? [confidence[i] as number, (1 - (confidence[i] as number)) / 2, (1 - (confidence[i] as number)) / 2] : [(1 - (confidence[i] as number)) / 2, (1 - (confidence[i] as number)) / 2, confidence[i] as number]
        return calibrateProbabilities(q, l, cal)[l] as number
      }),
      correct,
    )
    expect(after).toBeLessThan(before)
    expect(after).toBeLessThan(0.05)
  })

  it('never lets calibration demote the winner', () => {
    const cal = { perLabel: [{ a: 0.1, b: -3 }, { a: 1, b: 0 }, { a: 1, b: 0 }] }
    const p = calibrateProbabilities([0.5, 0.3, 0.2], 0, cal)
    expect(p[0]).toBeGreaterThan((p[1] as number) - 1e-9)
    expect(p[0]).toBeGreaterThan((p[2] as number) - 1e-9)
  })
})
