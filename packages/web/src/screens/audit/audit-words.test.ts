import { describe, expect, it } from 'vitest'
import { describeAction, describeDetail } from './audit-words'

describe('the audit trail in words', () => {
  it('names the actions it knows and shows the others as they are', () => {
    expect(describeAction('key.create')).toBe('Created an API key')
    expect(describeAction('customer.erase')).toBe('Erased a customer')
    expect(describeAction('something.new')).toBe('something.new')
  })

  it('reads details as name: value pairs, retention in days or forever, and only the counts that are not zero', () => {
    expect(describeDetail({ from: null, to: 30 })).toBe('from: forever; to: 30 days')
    expect(describeDetail({ changed: ['privacy', 'terms'] })).toBe('changed: privacy, terms')
    expect(describeDetail({ rows_removed: { messages: 2, alerts: 0 }, found: true })).toBe('rows removed: messages 2; found: true')
    expect(describeDetail({})).toBe('—')
  })
})
