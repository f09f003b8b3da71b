/** @module The undertone CLI's reusable parts (the binary is `bin.ts`). */
export { runScore, type ScoreOptions } from './commands/score.js'
export { formatReading, highlight } from './commands/read.js'
export { csvRows, type CsvRecord, type CsvRecordError } from '@undertone/server'
