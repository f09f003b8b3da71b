import { describe, expect, it } from 'vitest'
import { alertApiQuery, pageCount, rangeText, reviewApiQuery, withChanges } from './list-query'
import { href, parseHash } from './router'

describe('list screens in the hash', () => {
  it('reads a shared link back into the same route, query and all', () => {
    const route = parseHash('#/alerts?reason=churn-threat&segment=Enterprise%20EU&page=2')
    expect(route).toEqual({ name: 'alerts', query: { reason: 'churn-threat', segment: 'Enterprise EU', page: '2' } })
    expect(parseHash(href(route))).toEqual(route)
    expect(parseHash('#/alerts')).toEqual({ name: 'alerts' })
    expect(href({ name: 'alerts' })).toBe('#/alerts')
    expect(href({ name: 'review', query: { label: 'negative' } })).toBe('#/review?label=negative')
    // Other screens keep their routes; a query on them is ignored.
    expect(parseHash('#/customers/c%2F1')).toEqual({ name: 'customer', id: 'c/1' })
    expect(parseHash('#/settings?x=1')).toEqual({ name: 'settings' })
    expect(parseHash('#/nowhere')).toEqual({ name: 'not-found', path: '/nowhere' })
  })

  it('turns the hash into the API query, dropping what it cannot mean', () => {
    expect(alertApiQuery({ reason: 'churn-threat', page: '3', size: '10', age: 'older-7d', sort: 'value', min_value: '5000' })).toEqual({ page: '3', page_size: '10', reason: 'churn-threat', sort: 'value', min_value: '5000', older_than_hours: '168' })
    expect(alertApiQuery({ page: '-1', size: '9999', age: 'forever', sort: 'loudest', min_value: '1e9' })).toEqual({ page: '1', page_size: '100' })
    expect(reviewApiQuery({ label: 'negative', language: 'de', other: 'x' }, 20)).toEqual({ page: '1', page_size: '20', label: 'negative', language: 'de' })
  })

  it('goes back to page 1 when a filter changes, and says the range', () => {
    expect(withChanges({ reason: 'churn-threat', page: '3' }, { segment: 'smb' })).toEqual({ reason: 'churn-threat', segment: 'smb' })
    expect(withChanges({ reason: 'churn-threat', page: '3' }, { reason: '' })).toEqual({})
    expect(withChanges({ reason: 'churn-threat' }, { page: '2' })).toEqual({ reason: 'churn-threat', page: '2' })
    expect(rangeText(1, 25, 25, 48)).toBe('1–25 of 48')
    expect(rangeText(2, 25, 23, 48)).toBe('26–48 of 48')
    expect(rangeText(1, 25, 0, 0)).toBe('0 of 0')
    expect(pageCount(48, 25)).toBe(2)
    expect(pageCount(0, 25)).toBe(1)
  })
})
