import { readFileSync } from 'node:fs'
import { Command, Option } from 'commander'
import { createReader, decodeModel, type Reader } from '@undertone/engine'
import { evaluateSentiment, formatMetrics } from './commands/evaluate.js'
import { runExamples } from './commands/examples.js'
import { formatReading } from './commands/read.js'
import { ScoreInputError, runScore } from './commands/score.js'
import { runTrain } from './commands/train.js'
import { runConverse } from './commands/converse.js'

function loadReader(modelPath: string | undefined): Reader {
  if (modelPath === undefined) return createReader()
  const { model, provenance } = decodeModel(readFileSync(modelPath, 'utf8'))
  return createReader({ model, modelVersion: provenance.version })
}

// A closed pipe (`undertone score | head`) ends the command quietly, as Unix tools do.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw err
})

const program = new Command()
  .name('undertone')
  .description('Reads customer-support messages: sentiment, emotions, intensity and the cues behind them.')
  .version('0.1.0')
  .option('--model <file>', 'use this encoded model file instead of the built-in model')

program
  .command('read')
  .description('read one message and print the reading, cues highlighted')
  .argument('<text>', 'the message')
  .option('--domain <id>', 'domain profile: saas, developer-tools, ecommerce, gaming, healthcare, finance, telecom')
  .option('--json', 'print the reading as JSON')
  .action((text: string, opts: { domain?: string; json?: boolean }) => {
    const reader = loadReader(program.opts<{ model?: string }>().model)
    const reading = reader.read(text, opts.domain === undefined ? {} : { domain: opts.domain })
    if (opts.json === true) process.stdout.write(`${JSON.stringify(reading, null, 2)}\n`)
    else process.stdout.write(`${formatReading(text, reading, process.stdout.isTTY === true)}\n`)
  })

program
  .command('score')
  .description('read JSONL (one {"text","id","context"} per line) or CSV, write one JSON line per input, in order')
  .option('--in <file>', 'input file (default: standard input)')
  .option('--out <file>', 'output file (default: standard output)')
  .option('--domain <id>', 'domain profile for rows without context.domain')
  .addOption(new Option('--format <format>', 'input format').choices(['jsonl', 'csv']).default('jsonl'))
  .option('--text-field <name>', 'field (JSONL) or column (CSV) holding the text', 'text')
  .option('--id-field <name>', 'CSV column holding the id', 'id')
  .action(async (opts: { in?: string; out?: string; domain?: string; format: 'jsonl' | 'csv'; textField: string; idField: string }) => {
    const reader = loadReader(program.opts<{ model?: string }>().model)
    try {
      const { ok, failed } = await runScore(reader, opts)
      if (failed > 0) {
        process.stderr.write(`undertone score: ${ok} read, ${failed} failed (see the "error" lines)\n`)
        process.exitCode = 1
      }
    } catch (err) {
      if (err instanceof ScoreInputError || (err as NodeJS.ErrnoException).code === 'ENOENT') {
        process.stderr.write(`undertone score: ${(err as Error).message}\n`)
        process.exitCode = 2
      } else throw err
    }
  })

program
  .command('converse')
  .description('read threaded messages and print one JSON line per conversation (arc, trend, escalation) and per customer (health, churn risk, alert)')
  .option('--in <file>', 'input file (default: standard input)')
  .option('--out <file>', 'output file (default: standard output)')
  .addOption(new Option('--format <format>', 'jsonl: conversation_id, customer_id, role, created_at, text; twcs: the Twitter customer-support layout').choices(['jsonl', 'twcs']).default('jsonl'))
  .option('--now <iso>', 'the time to read waits and decay against (default: the latest message)')
  .option('--domain <id>', 'domain profile for reading the messages')
  .action(async (opts: { in?: string; out?: string; format: 'jsonl' | 'twcs'; now?: string; domain?: string }) => {
    const reader = loadReader(program.opts<{ model?: string }>().model)
    try {
      const { failed } = await runConverse(reader, opts)
      if (failed > 0) {
        process.stderr.write(`undertone converse: ${failed} bad line(s) (see the "error" lines)\n`)
        process.exitCode = 1
      }
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
        process.stderr.write(`undertone converse: ${(err as Error).message}\n`)
        process.exitCode = 2
      } else throw err
    }
  })

program
  .command('eval')
  .description('score a labelled JSONL file (text + label) and print accuracy, macro-recall, macro-F1 and per-class figures')
  .requiredOption('--data <file>', 'labelled JSONL, e.g. ../shared/data/tweeteval-sentiment/validation.jsonl')
  .addOption(new Option('--task <task>', 'what to evaluate').choices(['sentiment']).default('sentiment'))
  .option('--json', 'print metrics as JSON')
  .action(async (opts: { data: string; json?: boolean }) => {
    const reader = loadReader(program.opts<{ model?: string }>().model)
    const { metrics, skipped, perSecond } = await evaluateSentiment(reader, opts.data)
    if (opts.json === true) process.stdout.write(`${JSON.stringify({ ...metrics, skipped, perSecond }, null, 2)}\n`)
    else process.stdout.write(`${formatMetrics(metrics)}\n\nskipped rows  ${skipped}\nspeed         ${Math.round(perSecond)} messages/s (full read, one core)\n`)
  })

program
  .command('train')
  .description('train the built-in sentiment model from ../shared/data and write the weights and provenance')
  .option('--data <dir>', 'the shared data folder', '../shared/data')
  .option('--out <file>', 'where to write the generated model module', 'packages/engine/src/builtin/base-model.ts')
  .option('--seed <n>', 'random seed', (v) => Number.parseInt(v, 10), 20261126)
  .action(async (opts: { data: string; out: string; seed: number }) => {
    await runTrain(opts)
  })

program
  .command('examples')
  .description('read a few example messages (what `npm start` shows until the server lands)')
  .action(() => runExamples(loadReader(program.opts<{ model?: string }>().model), process.stdout.isTTY === true))

await program.parseAsync(process.argv)
