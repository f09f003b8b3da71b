import { describe, expect, it } from 'vitest'
import { ruleErrorPath, ruleProblems, same } from './redaction-form'

describe('the redaction form', () => {
  it('places the server’s messages at the rule and field they name, in either spelling', () => {
    expect(ruleErrorPath('privacy.extra_rules[2].pattern')).toEqual({ index: 2, field: 'pattern' })
    expect(ruleErrorPath('privacy.extra_rules.0.name')).toEqual({ index: 0, field: 'name' })
    expect(ruleErrorPath('privacy.extra_rules')).toBeUndefined()
    expect(ruleErrorPath('terms.0.pattern')).toBeUndefined()
  })

  it('asks for a name and a pattern before sending, and treats an empty placeholder as the default', () => {
    const problems = ruleProblems([{ id: 'a', name: ' ', pattern: '', replacement: '' }])
    expect([...problems.keys()]).toEqual(['a.name', 'a.pattern'])
    const redact = { email: true, phone: true, card: true, iban: true, ip: true, national_id: true }
    expect(same({ redact, rules: [{ id: 'a', name: 'm', pattern: 'x', replacement: ' ' }] }, { redact, rules: [{ id: 'b', name: 'm ', pattern: 'x', replacement: '' }] })).toBe(true)
    expect(same({ redact, rules: [] }, { redact: { ...redact, ip: false }, rules: [] })).toBe(false)
  })
})
