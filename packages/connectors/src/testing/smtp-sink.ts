/**
 * An SMTP server on 127.0.0.1 that keeps every message it accepts (envelope, subject, text and HTML
 * parts) and can be told to refuse the next N with a given reply code.
 */
import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'

/** A message the sink accepted. */
export interface SunkMessage {
  readonly from: string
  readonly to: readonly string[]
  readonly subject: string
  readonly text: string
  readonly html: string
  readonly headers: Readonly<Record<string, string>>
  readonly raw: string
}

/** A running sink. */
export interface SmtpSink {
  readonly host: '127.0.0.1'
  readonly port: number
  readonly messages: readonly SunkMessage[]
  /** Refuses the next `count` messages at DATA with `code` (4xx: try later, 5xx: never). */
  failNext(count: number, code: number): void
  close(): Promise<void>
}

function decodeWords(value: string): string {
  return value.replace(/=\?([^?]+)\?([bBqQ])\?([^?]*)\?=\s*/g, (_, _charset: string, enc: string, text: string) =>
    enc.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : decodeQuotedPrintable(text.replace(/_/g, ' ')),
  )
}

function decodeQuotedPrintable(text: string): string {
  const soft = text.replace(/=\r?\n/g, '')
  const bytes: number[] = []
  for (let i = 0; i < soft.length; i++) {
    const hex = soft[i] === '=' ? /^[0-9A-F]{2}/i.exec(soft.slice(i + 1, i + 3)) : null
    if (hex !== null) {
      bytes.push(Number.parseInt(hex[0], 16))
      i += 2
    } else bytes.push(soft.charCodeAt(i) & 0xff)
  }
  // The escapes are bytes of UTF-8, so decoding happens after they are all collected.
  return Buffer.from(bytes).toString('utf8')
}

interface Part {
  readonly headers: Record<string, string>
  readonly body: string
}

function splitPart(raw: string): Part {
  const at = raw.search(/\r?\n\r?\n/)
  const head = at < 0 ? raw : raw.slice(0, at)
  const body = at < 0 ? '' : raw.slice(at).replace(/^\r?\n\r?\n/, '')
  const headers: Record<string, string> = {}
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':')
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim()
  }
  return { headers, body }
}

function decodeBody(part: Part): string {
  const encoding = (part.headers['content-transfer-encoding'] ?? '7bit').toLowerCase()
  if (encoding === 'base64') return Buffer.from(part.body.replace(/\s+/g, ''), 'base64').toString('utf8')
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(part.body)
  return part.body
}

/** The text/plain and text/html leaves of a (possibly nested) multipart message. */
function leaves(part: Part): Part[] {
  const boundary = /boundary="?([^";]+)"?/i.exec(part.headers['content-type'] ?? '')?.[1]
  if (boundary === undefined) return [part]
  const sections = part.body.split(`--${boundary}`).slice(1)
  return sections.filter((s) => !s.startsWith('--')).flatMap((s) => leaves(splitPart(s.replace(/^\r?\n/, ''))))
}

function parseMessage(raw: string, from: string, to: string[]): SunkMessage {
  const top = splitPart(raw)
  const parts = leaves(top)
  const typed = (type: string): string => {
    const part = parts.find((p) => (p.headers['content-type'] ?? 'text/plain').toLowerCase().startsWith(type))
    return part === undefined ? '' : decodeBody(part).replace(/\r\n/g, '\n').trimEnd()
  }
  return { from, to, subject: decodeWords(top.headers['subject'] ?? ''), text: typed('text/plain'), html: typed('text/html'), headers: top.headers, raw }
}

/** Starts the sink: no TLS, any login accepted, on 127.0.0.1 port 0. */
export async function startSmtpSink(): Promise<SmtpSink> {
  const messages: SunkMessage[] = []
  const failures: number[] = []
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    allowInsecureAuth: true,
    onAuth: (_auth, _session, callback) => callback(null, { user: 'sink' }),
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (c: Buffer) => chunks.push(c))
      stream.on('end', () => {
        const code = failures.shift()
        if (code !== undefined) return callback(Object.assign(new Error(`refused by the sink (${code})`), { responseCode: code }))
        const from = session.envelope.mailFrom === false ? '' : session.envelope.mailFrom.address
        messages.push(parseMessage(Buffer.concat(chunks).toString('utf8'), from, session.envelope.rcptTo.map((r) => r.address)))
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  const { port } = server.server.address() as AddressInfo
  return {
    host: '127.0.0.1',
    port,
    messages,
    failNext(count, code) {
      for (let i = 0; i < count; i++) failures.push(code)
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
