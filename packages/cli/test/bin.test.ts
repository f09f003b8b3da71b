import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

// Runs the built binary as a user would (`npm test` builds before testing).
const bin = join(dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'undertone.js')
const built = existsSync(join(dirname(bin), '..', 'dist', 'bin.js'))
const run = (args: string[], input?: string) => spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8' })

describe.skipIf(!built)('undertone binary', () => {
  it('read --json prints a reading with cue spans', () => {
    const r = run(['read', 'Third time asking. Still broken!!', '--json'])
    expect(r.status).toBe(0)
    const reading = JSON.parse(r.stdout)
    expect(reading.sentiment.label).toBe('negative')
    expect(reading.cues.some((c: { kind: string }) => c.kind === 'repeat-contact')).toBe(true)
  })

  it('score reads stdin, writes stdout in order, and exits 1 when a line fails', () => {
    const r = run(['score'], '{"id":"x","text":"thanks, all good now"}\nnot json\n{"text":"still waiting on my refund"}\n')
    expect(r.status).toBe(1)
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l))
    expect(lines.map((l) => l.id)).toEqual(['x', 2, 3])
    expect(lines[1].error.code).toBe('UT_E_BAD_JSON')
    expect(r.stderr).toContain('1 failed')
    expect(r.stderr).not.toContain('%')
  })

  it('score --taxonomy goemotions adds the 28 GoEmotions probabilities and labels', () => {
    const r = run(['score', '--taxonomy', 'goemotions'], '{"id":"g","text":"Thank you so much, this is wonderful!"}\n')
    expect(r.status).toBe(0)
    const line = JSON.parse(r.stdout.trim())
    expect(Object.keys(line.goemotions)).toHaveLength(28)
    expect(line.goemotionsLabels).toContain('gratitude')
    expect(typeof line.sarcastic).toBe('boolean')
  })

  it('eval --task sarcasm and --task urgency print their standard metrics', () => {
    const dir = mkdtempSync(join(tmpdir(), 'undertone-eval-tasks-'))
    const sarcasm = join(dir, 's.jsonl')
    writeFileSync(sarcasm, ['{"text":"Oh great, another outage. Just what I needed.","label":"sarcastic"}', '{"text":"Reinstalled it and it still crashes. Perfect.","label":"sarcastic"}', '{"text":"Can you resend the invoice for March?","label":"not_sarcastic"}'].join('\n'))
    const s = JSON.parse(run(['eval', '--task', 'sarcasm', '--data', sarcasm]).stdout)
    expect(s).toMatchObject({ task: 'sarcasm', n: 3, positives: 2, flagged: 2, precision: 1, recall: 1, f1Positive: 1, aucSarcasmScore: 1 })
    // For scale: calling all three sarcastic would score 2·(2/3)/(1 + 2/3).
    expect(s.f1AllPositive).toBeCloseTo(0.8, 12)
    const urgency = join(dir, 'u.jsonl')
    writeFileSync(urgency, ['{"text":"My exam is in an hour and the quiz will not submit, please help now!","score":7}', '{"text":"Nice course, thanks.","score":1}', '{"text":"Where can I find the slides?","score":3}'].join('\n'))
    const u = JSON.parse(run(['eval', '--task', 'urgency', '--data', urgency]).stdout)
    expect(u.task).toBe('urgency')
    expect(u.pearson).toBeGreaterThan(0.5)
  })

  it('score exits 2 with a clear message when the input file is missing', () => {
    const r = run(['score', '--in', '/nonexistent/in.jsonl'])
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/ENOENT|no such file/)
  })

  it('eval prints accuracy, macro-recall, macro-F1 and per-class figures', () => {
    const dir = mkdtempSync(join(tmpdir(), 'undertone-eval-'))
    const file = join(dir, 'labelled.jsonl')
    writeFileSync(file, ['{"text":"I love this, thank you!","label":"positive"}', '{"text":"This is broken and I am furious.","label":"negative"}', '{"text":"The meeting is at noon.","label":"neutral"}'].join('\n'))
    const r = run(['eval', '--data', file])
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/macro-recall\s+\d+\.\d+/)
    expect(r.stdout).toMatch(/negative\s+\d/)
  })

  it('--help describes every command as it is now', () => {
    const r = run(['--help'])
    expect(r.status).toBe(0)
    expect(r.stdout).not.toMatch(/until the server lands|injected incident/)
    const commands = r.stdout.slice(r.stdout.indexOf('Commands:')).split('\n').slice(1)
    // Each command's line names it and says what it does.
    for (const name of ['read', 'score', 'serve', 'keys', 'demo', 'examples', 'import', 'report']) {
      expect(commands.find((l) => l.trimStart().startsWith(`${name} `))).toMatch(/\S+\s{2,}\S/)
    }
    // Descriptions wrap at the terminal's width.
    const flat = r.stdout.replace(/\s+/g, ' ')
    expect(flat).toContain('examples read a few built-in example messages')
    expect(flat).toContain('serve [options] run the HTTP API, the dashboard and the reading worker')
    expect(flat).toContain('one planted product problem (exports stop at 80%)')
  })

  it('serve on an existing data folder prints the dashboard address and a key command that works', async () => {
    const data = mkdtempSync(join(tmpdir(), 'undertone-restart-'))
    try {
      expect(run(['keys', 'create', '--workspace', 'demo', '--data', data]).status).toBe(0)
      const port = await new Promise<number>((resolve) => {
        const srv = createServer().listen(0, '127.0.0.1', () => {
          const p = (srv.address() as { port: number }).port
          srv.close(() => resolve(p))
        })
      })
      const proc = spawn(process.execPath, [bin, 'serve', '--no-worker', '--port', String(port), '--data', data], { stdio: ['ignore', 'pipe', 'pipe'] })
      let out = ''
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no start-up lines:\n${out}`)), 30_000)
        proc.stdout.on('data', (d: Buffer) => {
          out += d.toString()
          if (out.includes('keys create')) {
            clearTimeout(timer)
            resolve()
          }
        })
      })
      const exited = new Promise((resolve) => proc.once('exit', resolve))
      proc.kill('SIGTERM')
      await exited
      expect(out).toContain(`Dashboard: http://127.0.0.1:${port}/`)
      const command = out.split('\n').find((l) => l.includes('npx undertone keys create'))?.split('npx undertone ')[1]
      expect(command).toBe(`keys create --workspace demo --data ${data}`)
      // The command as printed makes a key for that workspace.
      const made = run((command as string).split(' '))
      expect(made.status).toBe(0)
      expect(made.stdout.trim().split('\n').pop()).toMatch(/^ut_\S+$/)
    } finally {
      rmSync(data, { recursive: true, force: true })
    }
  }, 60_000)
})
