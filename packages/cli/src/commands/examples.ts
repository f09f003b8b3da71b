import type { Reader } from '@undertone/engine'
import { formatReading } from './read.js'

// Messages written for this demo; they show the cases lexicon tools miss.
const EXAMPLES: readonly { text: string; domain?: string }[] = [
  { text: 'Fine, I guess that works.' },
  { text: "This is the third time I've contacted you about this issue." },
  { text: 'Oh great, another update that breaks everything' },
  { text: "I have a demo in 40 minutes and the sync isn't working!!" },
  { text: "Maybe I'm doing something wrong? Not sure where the export button went." },
  { text: 'Thanks so much, that fixed it perfectly!' },
  { text: 'This new map is sick!', domain: 'gaming' },
  { text: 'If this is not sorted by Monday we are cancelling our plan.' },
]

/** Prints readings of a few built-in example messages, the cases lexicon tools miss (`undertone examples`). */
export function runExamples(reader: Reader, color: boolean): void {
  for (const ex of EXAMPLES) {
    const reading = reader.read(ex.text, ex.domain === undefined ? {} : { domain: ex.domain })
    process.stdout.write(`${'─'.repeat(72)}\n${ex.domain === undefined ? '' : `(domain: ${ex.domain})\n`}${formatReading(ex.text, reading, color)}\n\n`)
  }
  process.stdout.write('Try your own: npx undertone read "your message" [--domain gaming]\n')
}
