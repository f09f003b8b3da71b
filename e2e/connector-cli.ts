/**
 * The built `undertone` CLI as the connector end-to-end tests run it: a child process on a data folder
 * of its own under the system's temporary folder, with none of the caller's Undertone settings, so a
 * test checks what a script running these commands on a fresh machine would see.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const BIN = join(ROOT, 'packages/cli/bin/undertone.js')

/** Why the CLI cannot run (it is not built), or undefined when it can. */
export const cliMissing: string | undefined = existsSync(join(ROOT, 'packages/cli/dist/bin.js')) ? undefined : 'the built CLI (npx tsc -b)'

/** The environment without the settings the CLI reads (a PostgreSQL URL, secret keys, a data folder), so each run uses only its flags. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [name, value] of Object.entries(process.env)) if (!name.startsWith('UNDERTONE_') && name !== 'DATABASE_URL' && name !== 'PORT') env[name] = value
  return env
}

/** A running CLI command whose output is collected. */
export interface CliProcess {
  readonly child: ChildProcess
  readonly stdout: () => string
  readonly stderr: () => string
  /** Resolves with the exit code (null when a signal ended it). */
  readonly exited: Promise<number | null>
}

/** Starts `undertone …args` (with `env` added to the cleaned environment). Never blocks the test's event loop: the fakes the command talks to live there. */
export function startCli(args: readonly string[], env: Readonly<Record<string, string>> = {}): CliProcess {
  const child = spawn(process.execPath, [BIN, ...args], { env: { ...cleanEnv(), ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout?.on('data', (d: Buffer) => {
    stdout += d.toString()
  })
  child.stderr?.on('data', (d: Buffer) => {
    stderr += d.toString()
  })
  const exited = new Promise<number | null>((resolve, reject) => {
    child.once('error', reject)
    child.once('close', (code) => resolve(code))
  })
  return { child, stdout: () => stdout, stderr: () => stderr, exited }
}

/** Runs `undertone …args` to its end; throws with its output when it exits other than 0. */
export async function runCli(args: readonly string[]): Promise<{ stdout: string; stderr: string }> {
  const run = startCli(args)
  const code = await run.exited
  if (code !== 0) throw new Error(`undertone ${args.join(' ')} exited with ${code}:\n${run.stdout()}\n${run.stderr()}`)
  return { stdout: run.stdout(), stderr: run.stderr() }
}

/** The last non-empty line of a command's output (where `connectors add` prints the inbound path and `keys create` the key). */
export function lastLine(output: string): string {
  return output.trim().split('\n').pop()?.trim() ?? ''
}

/** A fresh data folder under the system's temporary folder, and its removal. */
export function tempDataDir(prefix: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

/** A port of 127.0.0.1 that was free a moment ago. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer()
    srv.once('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port
      srv.close(() => resolve(port))
    })
  })
}

/** Stops a process (SIGTERM, then SIGKILL after `graceMs`) and waits for it to exit. */
export async function stopCli(run: CliProcess, graceMs = 5_000): Promise<void> {
  if (run.child.exitCode !== null || run.child.signalCode !== null) return
  const timer = setTimeout(() => run.child.kill('SIGKILL'), graceMs)
  run.child.kill('SIGTERM')
  await run.exited.catch(() => null)
  clearTimeout(timer)
}

/** Polls `check` every `everyMs` until it answers something other than undefined, or fails after `timeoutMs` with `what`. */
export async function waitFor<T>(what: string, check: () => T | undefined | Promise<T | undefined>, timeoutMs: number, everyMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)
    await new Promise((r) => setTimeout(r, everyMs))
  }
}
