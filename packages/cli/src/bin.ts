import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Argument, Command, Option } from 'commander'
import { createGoEmotionsReader, createReader, decodeModel, type Reader } from '@undertone/engine'
import { evaluateSentiment, evaluateSentimentBy, evaluateTask, formatGroups, formatMetrics } from './commands/evaluate.js'
import { runExamples } from './commands/examples.js'
import { formatReading } from './commands/read.js'
import { runScore } from './commands/score.js'
import { runTrain, runTrainGoemotions, runTrainLearnedCues, runTrainMultilingual } from './commands/train.js'
import { runConverse } from './commands/converse.js'
import { fillDemo } from './commands/demo.js'
import { runImport } from './commands/import.js'
import { runCorrectionAdd, runCorrectionsImport, runModels, runWorkspaceTrain } from './commands/learning.js'
import { runReport } from './commands/report.js'
import { DEFAULT_WEBHOOK_LIMITS } from './report/post-webhook.js'
import { openServices, runKeys, runMigrate, runServe, runWorkerCommand, withWorkspace } from './commands/service.js'
import { runCustomerErase, runCustomerExport, runRetentionCommand } from './commands/privacy.js'
import { checkDomain } from './commands/check-domain.js'
import { runConnectorsAdd, runConnectorsAdmin, runConnectorsBackfill, vendorFlags } from './commands/connectors.js'
import { runSecretsRotate } from './commands/secrets.js'
import { type DestinationFlags, runAlertRules, runDeliveriesCommand, runDestinations } from './commands/alerts-out.js'
import { VENDOR_ADAPTERS } from '@undertone/connectors'
import { CliError, fileError } from './cli-error.js'
import { type ConfigFlags, type ServiceConfig, parseConfig } from './config.js'
import { describeFailure } from './describe-failure.js'
import { checkReadable } from './io/read-lines.js'
import { computeDrivers, discoverWorkspaceTopics, refreshDriverDays } from '@undertone/server'

/** The model file the reading threads load too, so `--model` reads the same on every thread. */
const modelFileOption = (model: string | undefined): { modelFile?: string } => (model === undefined ? {} : { modelFile: model })

function loadReader(modelPath: string | undefined): Reader {
  if (modelPath === undefined) return createReader()
  let bytes: Uint8Array
  try {
    bytes = readFileSync(modelPath)
  } catch (err) {
    throw fileError(err, modelPath, 'read')
  }
  try {
    const { model, provenance } = decodeModel(bytes)
    return createReader({ model, modelVersion: provenance.version })
  } catch (err) {
    throw new CliError('UT_E_BAD_MODEL', `${modelPath} is not an undertone model file (${(err as Error).message})`)
  }
}

/** The data folder option; no default here, so that UNDERTONE_DATA_DIR can give it (see config.ts). */
const dataOption = (): Option => new Option('--data <dir>', 'data folder for the embedded database (default: $UNDERTONE_DATA_DIR, else ./data)')

// A closed pipe (`undertone score | head`) ends the command quietly, as Unix tools do.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw err
})

const program = new Command()
  .name('undertone')
  .description('Customer-support sentiment: read messages (sentiment, emotions, intensity and the cues behind them), serve the API and dashboard, and run its workspaces.')
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
    checkDomain(reader, opts.domain)
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
  .addOption(new Option('--taxonomy <name>', 'also output this taxonomy: goemotions adds `goemotions` (28 probabilities) and `goemotionsLabels`').choices(['goemotions']))
  .action(async (opts: { in?: string; out?: string; domain?: string; format: 'jsonl' | 'csv'; textField: string; idField: string; taxonomy?: 'goemotions' }) => {
    const reader = opts.taxonomy === 'goemotions' ? await createGoEmotionsReader() : loadReader(program.opts<{ model?: string }>().model)
    const { ok, failed } = await runScore(reader, opts)
    if (failed > 0) {
      process.stderr.write(`undertone score: ${ok} read, ${failed} failed (see the "error" lines)\n`)
      process.exitCode = 1
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
    const { failed } = await runConverse(reader, opts)
    if (failed > 0) {
      process.stderr.write(`undertone converse: ${failed} bad line(s) (see the "error" lines)\n`)
      process.exitCode = 1
    }
  })

program
  .command('eval')
  .description('score a labelled JSONL file (text + label) and print accuracy, macro-recall, macro-F1 and per-class figures')
  .requiredOption('--data <file>', 'labelled JSONL, e.g. ../shared/data/tweeteval-sentiment/validation.jsonl')
  .addOption(new Option('--task <task>', 'sentiment: labels negative/neutral/positive; goemotions: 28 labels (`labels`); emotions: our six on GoEmotions data; sarcasm: sarcastic/irony labels; urgency: `score` 1–7').choices(['sentiment', 'goemotions', 'emotions', 'sarcasm', 'urgency']).default('sentiment'))
  .option('--json', 'print metrics as JSON')
  .option('--by <field>', 'sentiment only: one row of figures per value of this field (e.g. lang: macro-recall, accuracy, ECE, share detected as that language)')
  .action(async (opts: { data: string; json?: boolean; by?: string; task: 'sentiment' | 'goemotions' | 'emotions' | 'sarcasm' | 'urgency' }) => {
    if (opts.task === 'sentiment' && opts.by !== undefined) {
      const { groups, skipped } = await evaluateSentimentBy(loadReader(program.opts<{ model?: string }>().model), opts.data, opts.by)
      if (opts.json === true) process.stdout.write(`${JSON.stringify({ by: opts.by, groups, skipped }, null, 2)}\n`)
      else process.stdout.write(`${formatGroups(groups, opts.by)}\n\nskipped rows  ${skipped}\n`)
      return
    }
    if (opts.task !== 'sentiment') {
      const reader = opts.task === 'goemotions' ? await createGoEmotionsReader() : loadReader(program.opts<{ model?: string }>().model)
      const result = await evaluateTask(reader, opts.task, opts.data)
      process.stdout.write(`${JSON.stringify(result, null, 2)}\n`)
      return
    }
    const reader = loadReader(program.opts<{ model?: string }>().model)
    const { metrics, skipped, perSecond } = await evaluateSentiment(reader, opts.data)
    if (opts.json === true) process.stdout.write(`${JSON.stringify({ ...metrics, skipped, perSecond }, null, 2)}\n`)
    else process.stdout.write(`${formatMetrics(metrics)}\n\nskipped rows  ${skipped}\nspeed         ${Math.round(perSecond)} messages/s (full read, one core)\n`)
  })

program
  .command('train')
  .description('train the built-in sentiment model from ../shared/data and write the weights and provenance; with --workspace, retrain that workspace\'s adapter from its corrections instead')
  .option('--data <dir>', 'the shared data folder (base model), or the data folder of the embedded database (with --workspace)')
  .option('--out <dir>', 'the folder the weight files and their manifest are written to', 'packages/engine/assets')
  .option('--seed <n>', 'random seed', (v) => Number.parseInt(v, 10), 20261126)
  .option('--workspace <name>', 'retrain this workspace\'s adapter (a new version, promoted only if it beats the active one on held-out reviewed labels)')
  .option('--no-promote', 'with --workspace: keep the new version as a candidate even if it wins')
  .option('--only <part>', 'train one part of the built-in models only: learned-cues, multilingual (against the shipped English model) or goemotions (the on-demand 28-label block, against the shipped English model and heads)')
  .action(async (opts: { data?: string; out: string; seed: number; workspace?: string; promote: boolean; only?: string }) => {
    if (opts.workspace !== undefined) {
      process.exitCode = await runWorkspaceTrain(config(opts), loadReader(program.opts<{ model?: string }>().model), opts.workspace, { promote: opts.promote }, process.stdout, process.stderr)
      return
    }
    if (opts.only !== undefined && opts.only !== 'learned-cues' && opts.only !== 'multilingual' && opts.only !== 'goemotions') throw new CliError('UT_E_BAD_OPTION', `--only takes learned-cues, multilingual or goemotions, not ${opts.only}`)
    if (opts.only === 'learned-cues') runTrainLearnedCues({ data: opts.data ?? '../shared/data', out: opts.out, seed: opts.seed })
    else if (opts.only === 'multilingual') runTrainMultilingual({ data: opts.data ?? '../shared/data', out: opts.out, seed: opts.seed })
    else if (opts.only === 'goemotions') runTrainGoemotions({ data: opts.data ?? '../shared/data', out: opts.out, seed: opts.seed })
    else await runTrain({ data: opts.data ?? '../shared/data', out: opts.out, seed: opts.seed })
  })

// The one place that reads the environment; everything below receives a parsed config. A bad
// setting throws a ConfigError, which the handler at the end prints.
function config(flags: ConfigFlags = {}): ServiceConfig {
  return parseConfig(process.env, flags)
}

program
  .command('serve')
  .description('run the HTTP API, the dashboard and the reading worker (embedded SQLite in --data, or PostgreSQL with DATABASE_URL); a fresh data folder gets a demo workspace and its key')
  .option('--port <n>', 'port to listen on (default: $PORT, else 8787)')
  .option('--host <addr>', 'address to listen on (default: $UNDERTONE_HOST, else 127.0.0.1)')
  .addOption(dataOption())
  .option('--no-worker', 'serve the API only; run `undertone worker` processes to read messages')
  .option('--demo-conversations <n>', 'size of the demo workspace created on a fresh data folder', '300')
  .action(async (opts: { port?: string; host?: string; data?: string; worker: boolean; demoConversations: string }) => {
    const cfg = config(opts)
    const reader = loadReader(program.opts<{ model?: string }>().model)
    await runServe(cfg, reader, {
      worker: opts.worker,
      ...modelFileOption(program.opts<{ model?: string }>().model),
      onFresh: async ({ open }) => {
        const services = { open, queue: (await openServices(cfg)).queue }
        process.stdout.write('Fresh data folder: creating the demo workspace with synthetic conversations…\n')
        const { key, messages } = await fillDemo(services.open, services.queue, reader, { conversations: Number(opts.demoConversations) || 300, readNow: true })
        process.stdout.write(`Demo workspace ready (${messages} synthetic messages).\n  URL: http://${cfg.host}:${cfg.port}/\n  API key (shown once):\n${key}\n`)
      },
    })
  })

program
  .command('worker')
  .description('read queued messages (run beside `serve --no-worker` processes on PostgreSQL)')
  .addOption(dataOption())
  .action(async (opts: { data?: string }) => {
    const model = program.opts<{ model?: string }>().model
    await runWorkerCommand(config(opts), loadReader(model), modelFileOption(model))
  })

program
  .command('migrate')
  .description('bring the database schema up to date')
  .addOption(dataOption())
  .action(async (opts: { data?: string }) => {
    await runMigrate(config(opts))
  })

program
  .command('keys')
  .description('manage workspace API keys: create (prints the key once, alone on the last line), list, revoke')
  .addArgument(new Argument('<action>').choices(['create', 'list', 'revoke']))
  .requiredOption('--workspace <name>', 'workspace name')
  .option('--name <label>', 'a label for the new key', 'cli')
  .option('--id <keyId>', 'the key id to revoke')
  .addOption(dataOption())
  .action(async (action: 'create' | 'list' | 'revoke', opts: { workspace: string; name: string; id?: string; data?: string }) => {
    process.exitCode = await runKeys(config(opts), action, opts.workspace, { name: opts.name, ...(opts.id === undefined ? {} : { id: opts.id }) })
  })

program
  .command('retention')
  .description("empty the texts of messages older than the workspace's retention period (readings and analytics stay)")
  .addArgument(new Argument('<action>').choices(['run']))
  .requiredOption('--workspace <name>', 'workspace name')
  .option('--days <n>', 'this many days instead of the workspace setting', (v) => Number(v))
  .addOption(dataOption())
  .action(async (_action: 'run', opts: { workspace: string; days?: number; data?: string }) => {
    process.exitCode = await runRetentionCommand(config(opts), opts.workspace, opts.days, process.stdout, process.stderr)
  })
const customersCmd = program.command('customers').description("one customer's data: export (JSON) or erase (a receipt of what was removed)")
for (const [action, description] of [
  ['export', 'print everything stored about a customer (our id or external id) as JSON'],
  ['erase', 'erase a customer and everything stored about them; rollups keep their counts'],
] as const) {
  customersCmd
    .command(action)
    .description(description)
    .argument('<id>', 'our customer id, or the external id (see --source)')
    .requiredOption('--workspace <name>', 'workspace name')
    .option('--source <source>', 'the source of an external id', 'api')
    .addOption(dataOption())
    .action(async (id: string, opts: { workspace: string; source: string; data?: string }) => {
      process.exitCode = await (action === 'export' ? runCustomerExport : runCustomerErase)(config(opts), id, opts.workspace, opts.source, process.stdout, process.stderr)
    })
}

const connectors = program.command('connectors').description('helpdesk connectors (Zendesk, Freshdesk, Intercom, Chatwoot, Zammad, generic signed webhooks): inbound events, backfill and write-back')
const addConnectorCmd = connectors
  .command('add')
  .description('add a connector to a workspace (created if new); prints its inbound webhook path alone on the last line')
  .addArgument(new Argument('<kind>', 'the helpdesk').choices([...VENDOR_ADAPTERS.keys()]))
  .requiredOption('--workspace <name>', 'workspace name')
  .option('--name <name>', 'a name for the connector (default: its kind)')
  .option('--base-url <url>', "the helpdesk's address, e.g. https://acme.zendesk.com")
  .option('--allow-private-network', 'let this connector reach a private or loopback address (an admin decision; refused by default)')
  .addOption(dataOption())
for (const f of vendorFlags()) addConnectorCmd.option(`--${f.flag} <value>`, f.help)
addConnectorCmd.action(async (kind: string, opts: Record<string, string | boolean | undefined>) => {
  process.exitCode = await runConnectorsAdd(config(opts as ConfigFlags), kind, opts, process.stdout)
})
connectors
  .command('list')
  .description("a workspace's connectors: inbound path, backfill progress, write-backs (never secrets)")
  .requiredOption('--workspace <name>', 'workspace name')
  .addOption(dataOption())
  .action(async (opts: { workspace: string; data?: string }) => {
    process.exitCode = await runConnectorsAdmin(config(opts), 'list', opts.workspace, undefined, {}, process.stdout, process.stderr)
  })
for (const [action, description] of [
  ['show', 'one connector with its last inbound events'],
  ['remove', 'remove a connector (its messages and readings stay)'],
  ['rotate-secret', 'rotate the inbound webhook secret; the previous one stays valid until the next rotation'],
] as const) {
  const cmd = connectors
    .command(action)
    .description(description)
    .argument('<connector>', 'the connector\'s id or name')
    .requiredOption('--workspace <name>', 'workspace name')
    .addOption(dataOption())
  if (action === 'rotate-secret') cmd.option('--webhook-secret <secret>', 'the new secret (default: generated and printed once)')
  cmd.action(async (target: string, opts: { workspace: string; data?: string; webhookSecret?: string }) => {
    process.exitCode = await runConnectorsAdmin(config(opts), action, opts.workspace, target, opts.webhookSecret === undefined ? {} : { webhookSecret: opts.webhookSecret }, process.stdout, process.stderr)
  })
}
connectors
  .command('backfill')
  .description("import the helpdesk's history through its incremental export, with progress; a stopped backfill resumes where it stopped")
  .argument('<connector>', 'the connector\'s id or name')
  .requiredOption('--workspace <name>', 'workspace name')
  .option('--since <date>', 'start of the history to import (ISO date; default 90 days ago)')
  .option('--restart', 'start over from --since instead of resuming')
  .addOption(dataOption())
  .action(async (target: string, opts: { workspace: string; since?: string; restart?: boolean; data?: string }) => {
    process.exitCode = await runConnectorsBackfill(config(opts), opts.workspace, target, { ...(opts.since === undefined ? {} : { since: opts.since }), restart: opts.restart === true, progress: process.stderr.isTTY === true }, process.stdout, process.stderr)
  })

const destinations = program.command('destinations').description('where alerts go: Slack, Teams, e-mail (SMTP) and signed webhooks (secrets stored encrypted, never printed)')
destinations
  .command('add')
  .description('add a destination; a webhook without --secret gets a generated one, printed once')
  .addArgument(new Argument('<kind>').choices(['slack', 'teams', 'email', 'webhook']))
  .requiredOption('--workspace <name>', 'workspace name')
  .requiredOption('--name <name>', 'a name rules refer to')
  .option('--url <url>', 'the webhook URL (slack, teams, webhook)')
  .option('--secret <whsec>', 'the Standard Webhooks secret (webhook; default: generated)')
  .option('--host <host>', 'SMTP host (email)')
  .option('--port <port>', 'SMTP port (email; default 587, 465 with --secure)')
  .option('--secure', 'TLS from the first byte (email, port 465)')
  .option('--user <user>', 'SMTP user (email)')
  .option('--password <password>', 'SMTP password (email)')
  .option('--from <address>', 'sender address (email)')
  .option('--to <addresses>', 'recipients, comma-separated (email)')
  .option('--allow-private-network', 'let this destination reach a private or loopback address (an admin decision)')
  .addOption(dataOption())
  .action(async (kind: string, opts: DestinationFlags & { workspace: string; data?: string }) => {
    process.exitCode = await runDestinations(config(opts), 'add', opts.workspace, kind, opts, process.stdout, process.stderr)
  })
for (const action of ['list', 'remove', 'test'] as const) {
  const cmd = destinations
    .command(action)
    .description(action === 'list' ? "a workspace's destinations (no secrets)" : action === 'remove' ? 'remove a destination (rules keep their others)' : 'send a test alert now')
    .requiredOption('--workspace <name>', 'workspace name')
    .addOption(dataOption())
  if (action !== 'list') cmd.argument('<destination>', "the destination's id or name")
  cmd.action(async (...args: unknown[]) => {
    const target = action === 'list' ? undefined : (args[0] as string)
    const opts = (action === 'list' ? args[0] : args[1]) as { workspace: string; data?: string }
    process.exitCode = await runDestinations(config(opts), action, opts.workspace, target, undefined, process.stdout, process.stderr)
  })
}
program
  .command('alert-rules')
  .description('which alerts go to which destinations: add (--kind conversation_escalated|customer_at_risk|sentiment_drop|change_detected --to NAME,…), list, remove --id')
  .addArgument(new Argument('<action>').choices(['add', 'list', 'remove']))
  .requiredOption('--workspace <name>', 'workspace name')
  .addOption(new Option('--kind <kind>', 'the alert').choices(['conversation_escalated', 'customer_at_risk', 'sentiment_drop', 'change_detected']))
  .option('--to <destinations>', 'destination names or ids, comma-separated')
  .option('--min-customer-value <n>', 'only customers worth at least this')
  .option('--min-drop <x>', 'sentiment_drop: how far health (0..1) must fall (default 0.25)')
  .option('--quiet-hours <HH:MM-HH:MM>', 'hold alerts raised in this window until it ends')
  .option('--timezone <tz>', 'the quiet hours\' time zone (IANA, default UTC)')
  .option('--cooldown-minutes <n>', 'at most one alert per subject in this time (default 360)')
  .option('--id <id>', 'the rule to remove')
  .addOption(dataOption())
  .action(async (action: 'add' | 'list' | 'remove', opts: { workspace: string; data?: string; kind?: string; to?: string; id?: string; minCustomerValue?: string; minDrop?: string; quietHours?: string; timezone?: string; cooldownMinutes?: string }) => {
    process.exitCode = await runAlertRules(config(opts), action, opts.workspace, opts, process.stdout, process.stderr)
  })
program
  .command('deliveries')
  .description('alert deliveries: list (--dead for the dead letters), redeliver --id')
  .addArgument(new Argument('<action>').choices(['list', 'redeliver']))
  .requiredOption('--workspace <name>', 'workspace name')
  .option('--dead', 'only the dead letters')
  .option('--id <id>', 'the delivery to send again')
  .addOption(dataOption())
  .action(async (action: 'list' | 'redeliver', opts: { workspace: string; data?: string; dead?: boolean; id?: string }) => {
    process.exitCode = await runDeliveriesCommand(config(opts), action, opts.workspace, opts, process.stdout, process.stderr)
  })

program
  .command('secrets')
  .description('rotate: re-seal connector and destination secrets under the first key of UNDERTONE_SECRET_KEYS (list the new key first, the old one after it)')
  .addArgument(new Argument('<action>').choices(['rotate']))
  .addOption(dataOption())
  .action(async (_action: 'rotate', opts: { data?: string }) => {
    process.exitCode = await runSecretsRotate(config(opts), process.stdout)
  })

const corrections = program.command('corrections').description('corrections of readings: the learning loop\'s labels')
corrections
  .command('import')
  .description('import corrections in bulk: CSV with a header (message_id or text, label, csat, emotion columns, reviewer) or JSON Lines with the same fields')
  .argument('<file>', 'the file to import')
  .requiredOption('--workspace <name>', 'workspace name')
  .addOption(new Option('--format <format>', 'file format').choices(['csv', 'jsonl']).default('csv'))
  .option('--reviewer <name>', 'reviewer for rows that name none', 'import')
  .option('--skip-invalid', 'import the valid rows of a file that has invalid ones')
  .addOption(dataOption())
  .action(async (file: string, opts: { workspace: string; format: 'csv' | 'jsonl'; reviewer: string; skipInvalid?: boolean; data?: string }) => {
    process.exitCode = await runCorrectionsImport(config(opts), loadReader(program.opts<{ model?: string }>().model), { workspace: opts.workspace, file, format: opts.format, reviewer: opts.reviewer, skipInvalid: opts.skipInvalid === true }, process.stdout, process.stderr)
  })
corrections
  .command('add')
  .description('correct one message\'s sentiment')
  .requiredOption('--workspace <name>', 'workspace name')
  .requiredOption('--message <id>', 'the message id')
  .addOption(new Option('--label <label>', 'the right label').choices(['negative', 'neutral', 'positive']).makeOptionMandatory())
  .option('--reviewer <name>', 'who says so', 'cli')
  .addOption(dataOption())
  .action(async (opts: { workspace: string; message: string; label: 'negative' | 'neutral' | 'positive'; reviewer: string; data?: string }) => {
    process.exitCode = await runCorrectionAdd(config(opts), opts, process.stdout, process.stderr)
  })

program
  .command('topics')
  .description('find a workspace\'s topics again from its recent customer messages, rebuild the topic rollups, and list them')
  .requiredOption('--workspace <name>', 'workspace name')
  .option('--k <n>', 'how many clusters to look for', '12')
  .option('--days <n>', 'days of messages to sample', '30')
  .addOption(dataOption())
  .action(async (opts: { workspace: string; k: string; days: string; data?: string }) => {
    process.exitCode = await withWorkspace(config(opts), opts.workspace, process.stderr, async (services, workspaceId) => {
      const r = await discoverWorkspaceTopics(services.open.db, workspaceId, Date.now(), { k: Number(opts.k) || 12, days: Number(opts.days) || 30 })
      process.stdout.write(`${r.topics.length} topics from ${r.sample} messages; ${r.backfilled} messages rolled up by topic\n`)
      for (const t of r.topics) process.stdout.write(`${t.id}\t${t.size}\t${t.label}\n`)
      return 0
    })
  })

program
  .command('drivers')
  .description('tally the days a workspace\'s drivers are ranked from (missing or stale ones), then list the top drivers of negative sentiment')
  .requiredOption('--workspace <name>', 'workspace name')
  .option('--days <n>', 'window in days (compared with the window before it)', '7')
  .option('--to <date>', 'end of the window (ISO date; default now)')
  .option('--history <n>', 'days back to tally', '180')
  .addOption(dataOption())
  .action(async (opts: { workspace: string; days: string; to?: string; history: string; data?: string }) => {
    process.exitCode = await withWorkspace(config(opts), opts.workspace, process.stderr, async (services, workspaceId) => {
      const now = Date.now()
      const to = opts.to === undefined ? now : Date.parse(opts.to)
      const days = Number(opts.days)
      if (!Number.isFinite(to) || !Number.isInteger(days) || days < 1 || days > 90) {
        process.stderr.write('--to must be an ISO date and --days a whole number from 1 to 90\n')
        return 2
      }
      const started = performance.now()
      const tallied = await refreshDriverDays(services.open.db, workspaceId, now, { horizonDays: Math.max(1, Number(opts.history) || 180), maxDays: Number.POSITIVE_INFINITY })
      process.stdout.write(`${tallied} days tallied in ${((performance.now() - started) / 1000).toFixed(1)} s\n`)
      for (const d of (await computeDrivers(services.open.db, workspaceId, to, days, now)).slice(0, 20)) {
        process.stdout.write(`${d.kind}\t${d.label ?? d.topic}\t${d.negativeCount} negative\t${(100 * d.shareNow).toFixed(1)}% now, ${(100 * d.sharePrevious).toFixed(1)}% before\n`)
      }
      return 0
    })
  })

program
  .command('models')
  .description('a workspace\'s model versions: list, show, promote (only a version that beat the active one), rollback (to the version before)')
  .addArgument(new Argument('<action>').choices(['list', 'show', 'promote', 'rollback']))
  .requiredOption('--workspace <name>', 'workspace name')
  .option('--id <version>', 'the version id (show, promote)')
  .addOption(dataOption())
  .action(async (action: 'list' | 'show' | 'promote' | 'rollback', opts: { workspace: string; id?: string; data?: string }) => {
    process.exitCode = await runModels(config(opts), action, { workspace: opts.workspace, ...(opts.id === undefined ? {} : { id: opts.id }) }, process.stdout, process.stderr)
  })

program
  .command('import')
  .description('import a file of messages into a workspace: streams, shows progress, and resumes where it stopped if run again')
  .argument('<file>', 'the file to import')
  .requiredOption('--workspace <name>', 'workspace name')
  .addOption(new Option('--format <format>', 'jsonl: the POST /v1/messages message shape; csv: the generic import CSV; twcs: Twitter support threads').choices(['jsonl', 'csv', 'twcs']).default('jsonl'))
  .addOption(dataOption())
  .option('--batch <n>', 'messages per transaction', '500')
  .action(async (file: string, opts: { workspace: string; format: 'jsonl' | 'csv' | 'twcs'; data?: string; batch: string }) => {
    const cfg = config(opts)
    // An input that cannot be read is refused before the database is opened (or created).
    await checkReadable(file)
    const services = await openServices(cfg)
    try {
      const cp = await runImport(services.open, services.queue, { file, workspace: opts.workspace, format: opts.format, stateDir: join(cfg.dataDir, 'imports'), batch: Number(opts.batch) || 500, clockSkewMs: cfg.clockSkewMs })
      process.stdout.write(`imported ${cp.done} records: ${cp.stored} stored, ${cp.duplicates} duplicates, ${cp.failed} rejected; readings are queued for the worker\n`)
      if (cp.failed > 0) process.exitCode = 1
    } finally {
      await services.close()
    }
  })

program
  .command('report')
  .description('write a report for product and engineering teams (charts drawn in), or post it as a digest to a webhook')
  .requiredOption('--workspace <name>', 'workspace name')
  .option('--since <period>', 'how far back: 30d, 12w, 48h', '30d')
  .addOption(new Option('--format <format>', 'output format').choices(['html', 'md', 'json']).default('html'))
  .option('--out <file>', 'write to this file (default: standard output)')
  .option('--webhook <url>', 'POST the digest (JSON with a Markdown text) to this URL, e.g. from a daily cron job; redirects are not followed')
  .option('--webhook-timeout <seconds>', 'give up on the webhook after this long (default: $UNDERTONE_WEBHOOK_TIMEOUT, else 10)')
  .addOption(dataOption())
  .action(async (opts: { workspace: string; since: string; format: 'html' | 'md' | 'json'; out?: string; webhook?: string; webhookTimeout?: string; data?: string }) => {
    const cfg = config(opts)
    const services = await openServices(cfg, { existing: true })
    try {
      const webhookLimits = { ...DEFAULT_WEBHOOK_LIMITS, timeoutMs: cfg.webhookTimeoutMs }
      process.exitCode = await runReport(services.open, { workspace: opts.workspace, since: opts.since, format: opts.format, webhookLimits, ...(opts.out === undefined ? {} : { out: opts.out }), ...(opts.webhook === undefined ? {} : { webhook: opts.webhook }) })
    } finally {
      await services.close()
    }
  })

program
  .command('demo')
  .description('fill the "demo" workspace with synthetic conversations: six weeks of a support team\'s contacts (product areas, agents, segments), a few customers at risk and one planted product problem (exports stop at 80%)')
  .option('--conversations <n>', 'how many conversations', '2000')
  .addOption(dataOption())
  .option('--read-now', 'read every message now instead of queueing it for the worker')
  .action(async (opts: { conversations: string; data?: string; readNow?: boolean }) => {
    const n = Number.parseInt(opts.conversations, 10)
    if (!Number.isInteger(n) || n < 1) throw new CliError('UT_E_BAD_OPTION', '--conversations must be a positive whole number')
    const services = await openServices(config(opts))
    const { key, messages } = await fillDemo(services.open, services.queue, loadReader(program.opts<{ model?: string }>().model), { conversations: n, readNow: opts.readNow === true })
    await services.close()
    process.stdout.write(`Stored ${messages} synthetic messages in workspace "demo"${opts.readNow === true ? '' : ' (queued for reading)'}. API key:\n${key}\n`)
  })

program
  .command('examples')
  .description('read a few built-in example messages, cues highlighted: sarcasm, repeat contacts, urgency, a churn threat')
  .action(() => runExamples(loadReader(program.opts<{ model?: string }>().model), process.stdout.isTTY === true))

// The command being run, for the first words of an error message ("undertone corrections import: …").
let running = 'undertone'
program.hook('preAction', (_, action) => {
  const names: string[] = []
  for (let c: Command | null = action; c !== null; c = c.parent) names.unshift(c.name())
  running = names.join(' ')
})

try {
  await program.parseAsync(process.argv)
} catch (err) {
  // A failure the user can fix is one line; anything else is a bug and keeps its stack trace.
  const failure = describeFailure(err)
  if (failure === undefined) throw err
  process.stderr.write(`${running}: ${failure.message}\n`)
  process.exitCode = failure.exitCode
}
