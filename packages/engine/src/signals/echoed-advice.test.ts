import { describe, expect, it } from 'vitest'
import { splitSentences } from '../text/split-sentences.js'
import { tokenize } from '../text/tokenize.js'
import { echoedAdvice } from './echoed-advice.js'

function echo(text: string): string | undefined {
  const tokens = tokenize(text)
  const span = echoedAdvice(tokens, splitSentences(text, tokens))
  if (span === undefined) return undefined
  return text.slice((tokens[span[0]] as { start: number }).start, (tokens[span[1] - 1] as { end: number }).end)
}

// Sentences written for these tests.
describe('echoedAdvice', () => {
  it.each([
    ['Clear my cache? Wow, what a brilliant idea.', 'Wow, what a brilliant idea.'],
    ['Reinstall the app? Genius. I would never have tried that.', 'Genius. I would never have tried that.'],
    ['Have I tried turning it off and on? Amazing advice, truly.', 'Amazing advice, truly.'],
    ["Update the browser? As if I hadn't done that already.", "As if I hadn't done that already."],
  ])('finds the praise after the echo in "%s"', (text, span) => {
    expect(echo(text)).toBe(span)
  })

  it.each([
    // The advice worked: the praise is sincere.
    'Restart it? Great, that worked!',
    'Clear the cache? Brilliant, it is fixed now, thanks.',
    // Not advice echoed: a question of one's own, a recommendation, a long question.
    'Can you help me? That would be great.',
    'Did you try the new dashboard? Amazing!',
    'Wait, what? That is amazing.',
    'Check whether the export on the reports page includes the archived invoices from last year? Great.',
    // Echoed and accepted, with no praise.
    'Restart the router? Sure, doing it now.',
    // One sentence only.
    'Brilliant idea, I will clear my cache.',
  ])('finds none in "%s"', (text) => {
    expect(echo(text)).toBeUndefined()
  })
})
