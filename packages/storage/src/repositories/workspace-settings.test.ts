import { describe, expect, it } from 'vitest'
import { parseWorkspaceSettings } from './workspace-settings.js'

describe('parseWorkspaceSettings', () => {
  it('reads a well-formed document as it is, unknown keys included', () => {
    const doc = { domain: 'saas', profile: { terms: [{ pattern: 'down', polarity: -0.6, source: 'workspace' }] }, analysis: { sla: { replyMinutes: 30 } }, learning: { dailyReviewBudget: 10 }, topics: { computedAt: 5, sample: 100, topics: [{ id: 'export', label: 'export · csv', terms: [{ term: 'export', weight: 0.9 }], size: 40 }] }, future: { x: 1 } }
    expect(parseWorkspaceSettings(JSON.stringify(doc))).toEqual(doc)
  })

  it('reads a damaged document as empty and a damaged part as absent', () => {
    expect(parseWorkspaceSettings('{not json')).toEqual({})
    expect(parseWorkspaceSettings('[1, 2]')).toEqual({})
    expect(parseWorkspaceSettings(undefined)).toEqual({})
    expect(parseWorkspaceSettings(JSON.stringify({ domain: 7, profile: { terms: [{ pattern: 'x' }] }, topics: { computedAt: 'soon' }, learning: { autoPromote: false } }))).toEqual({ learning: { autoPromote: false } })
  })
})
