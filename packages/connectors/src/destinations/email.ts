/**
 * E-mail over SMTP with nodemailer: a plain-text part and an HTML part of the same notice. The SMTP host
 * is held to the outbound address policy like any URL, and SMTP reply codes map to retry decisions.
 */
import { isIP } from 'node:net'
import { createTransport } from 'nodemailer'
import { OutboundRefusedError, VendorHttpError } from '../connector-errors.js'
import { resolvePublicHost } from '../outbound/public-lookup.js'
import type { AlertNotice, EmailDestination } from './destination.js'
import { contextLine, displayFacts, displayLinks, severityLabel } from './notice-display.js'

/** A rendered e-mail. */
export interface EmailMessage {
  readonly subject: string
  readonly text: string
  readonly html: string
}

/** The SMTP bounds of one delivery. */
export interface SmtpPolicy {
  /** The admin setting that lets the SMTP host be a loopback or private address. */
  readonly allowPrivateNetwork: boolean
  /** Applied to connecting, the greeting and each wait on the socket. */
  readonly timeoutMs: number
}

/** Escapes text for HTML element content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')
}

/** Subject, text and HTML for a notice. The subject is one line whatever the title holds. */
export function renderEmail(notice: AlertNotice): EmailMessage {
  const subject = `[Undertone ${severityLabel(notice.severity)}] ${notice.title}`.replace(/\s+/g, ' ').trim()
  const facts = displayFacts(notice)
  const links = displayLinks(notice)
  const context = contextLine(notice)
  const text = [
    notice.title,
    '',
    notice.summary,
    ...(facts.length > 0 ? ['', ...facts.map((f) => `${f.label}: ${f.value}`)] : []),
    ...(links.length > 0 ? ['', ...links.map((l) => `${l.label}: ${l.url}`)] : []),
    '',
    context,
  ].join('\n')
  const rows = facts.map((f) => `<tr><th align="left" style="padding:2px 12px 2px 0">${escapeHtml(f.label)}</th><td>${escapeHtml(f.value)}</td></tr>`).join('')
  const html = [
    '<!doctype html><html><body style="font-family:sans-serif">',
    `<h2>${escapeHtml(notice.title)}</h2>`,
    `<p style="white-space:pre-wrap">${escapeHtml(notice.summary)}</p>`,
    rows === '' ? '' : `<table>${rows}</table>`,
    links.length === 0 ? '' : `<p>${links.map((l) => `<a href="${escapeHtml(l.url)}">${escapeHtml(l.label)}</a>`).join(' · ')}</p>`,
    `<p style="color:#666;font-size:small">${escapeHtml(context)}</p>`,
    '</body></html>',
  ].join('')
  return { subject, text, html }
}

/**
 * An SMTP failure as a retry decision: a 5xx reply is permanent (bad recipient, refused login), a 4xx
 * reply and anything without a reply (connection, timeout, TLS) may pass later. The SMTP reply code
 * stands in the error's `status`.
 */
function smtpError(err: unknown, where: string): VendorHttpError {
  const e = err as { responseCode?: unknown; code?: unknown; message?: unknown }
  const reply = typeof e.responseCode === 'number' ? e.responseCode : null
  const code = typeof e.code === 'string' ? e.code : 'ESMTP'
  const detail = String(e.message ?? err).replace(/\s+/g, ' ').slice(0, 200)
  const permanent = reply !== null ? reply >= 500 : code === 'EAUTH'
  return new VendorHttpError(`email destination ${where}: ${code}${reply === null ? '' : ` ${reply}`}: ${detail}`, reply, null, permanent)
}

/**
 * Sends the notice to every recipient in one message. The `Message-ID` comes from the notice id, so a
 * retried alert can be recognised by mail clients that dedupe. A message some recipients refused but
 * others took counts as delivered: a retry would send the others a second copy.
 */
export async function deliverEmail(config: EmailDestination, notice: AlertNotice, policy: SmtpPolicy): Promise<void> {
  const where = `${config.host}:${config.port}`
  // Resolve once and connect to the checked address; TLS still verifies the certificate against the name.
  const host = policy.allowPrivateNetwork ? config.host : await resolvePublicHost(config.host).catch((err: unknown) => {
    throw err instanceof OutboundRefusedError ? err : smtpError(err, where)
  })
  const transport = createTransport({
    host,
    port: config.port,
    secure: config.secure,
    ...(isIP(config.host) === 0 ? { servername: config.host } : {}),
    ...(config.user !== undefined ? { auth: { user: config.user, pass: config.password ?? '' } } : {}),
    connectionTimeout: policy.timeoutMs,
    greetingTimeout: policy.timeoutMs,
    socketTimeout: policy.timeoutMs,
    dnsTimeout: policy.timeoutMs,
  })
  const message = renderEmail(notice)
  const domain = config.from.replace(/^.*@/, '').replace(/[>\s].*$/, '') || 'undertone.invalid'
  try {
    await transport.sendMail({
      from: config.from,
      to: [...config.to],
      subject: message.subject,
      text: message.text,
      html: message.html,
      messageId: `<${notice.id.replace(/[^\w.-]/g, '_')}.alert@${domain}>`,
    })
  } catch (err) {
    throw smtpError(err, where)
  } finally {
    transport.close()
  }
}
