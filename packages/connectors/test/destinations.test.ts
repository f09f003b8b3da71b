import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { OutboundRefusedError, VendorHttpError } from '../src/connector-errors.js'
import {
  type AlertNotice,
  type DestinationConfig,
  type SlackBlock,
  type SlackMessage,
  type TeamsMessage,
  deliver,
  describeDestination,
  escapeSlack,
  generateWebhookSecret,
  renderEmail,
  renderSlack,
  renderTeams,
  renderWebhook,
} from '../src/destinations/index.js'
import { type FakeSlack, startFakeSlack } from '../src/testing/fake-slack.js'
import { type FakeTeams, startFakeTeams } from '../src/testing/fake-teams.js'
import { type SmtpSink, startSmtpSink } from '../src/testing/smtp-sink.js'
import { type WebhookReceiver, startWebhookReceiver } from '../src/testing/webhook-receiver.js'
import { createBoundedFetch } from '../src/outbound/index.js'

const NOTICE: AlertNotice = {
  id: 'alert_01JNB6Q7W1T8F4Y3K2V9ZC0D5E',
  kind: 'conversation_escalated',
  title: 'Angry customer <script>alert(1)</script> — #48213',
  summary: 'Ana <b>Silva</b> & co: "charged twice" <!channel> [verify](https://evil.example)',
  severity: 'critical',
  workspaceId: 'ws_1',
  occurredAt: Date.parse('2026-03-02T09:14:07Z'),
  conversation: {
    id: 'conv_1',
    externalId: '48213',
    dashboardUrl: 'https://undertone.example/conversations/conv_1',
    helpdeskUrl: 'https://acme.zendesk.com/agent/tickets/48213',
  },
  customer: { id: 'cust_1', externalId: '9100001', churnRisk: 0.72, value: 24000 },
  facts: [
    { label: 'Sentiment', value: 'negative (−0.82)' },
    { label: 'Rule', value: 'score < -0.6 & value > 10k' },
  ],
}

/** Tests reach their fakes on 127.0.0.1, which only the admin setting allows. */
const fetch = createBoundedFetch({ timeoutMs: 2_000, allowPrivateNetwork: true })
const strictFetch = createBoundedFetch({ timeoutMs: 2_000, allowPrivateNetwork: false })
const NOW = Date.now()
const opts = { fetch, now: NOW, smtp: { allowPrivateNetwork: true, timeoutMs: 5_000 } }

type SlackSection = Extract<SlackBlock, { type: 'section' }>
type SlackActions = Extract<SlackBlock, { type: 'actions' }>
type AdaptiveCard = TeamsMessage['attachments'][0]['content']

/** Every mrkdwn string in a Slack message. */
function mrkdwnTexts(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(mrkdwnTexts)
  if (value === null || typeof value !== 'object') return []
  const o = value as Record<string, unknown>
  const own = o['type'] === 'mrkdwn' && typeof o['text'] === 'string' ? [o['text']] : []
  return [...own, ...Object.values(o).flatMap(mrkdwnTexts)]
}

describe('Slack', () => {
  let slack: FakeSlack
  beforeAll(async () => {
    slack = await startFakeSlack()
  })
  afterAll(() => slack.close())

  it('posts one Block Kit message: header, summary with fields, context, link buttons, text fallback', async () => {
    await deliver({ kind: 'slack', url: slack.url }, NOTICE, opts)
    expect(slack.messages).toHaveLength(1)
    const message = slack.messages[0] as SlackMessage
    expect(message.blocks.map((b) => b.type)).toEqual(['header', 'section', 'context', 'actions'])
    const section = message.blocks[1] as SlackSection
    expect(section.fields?.map((f) => f.text.split('\n')[0])).toEqual(['*Customer*', '*Value*', '*Churn risk*', '*Sentiment*', '*Rule*'])
    expect(section.fields?.[2]?.text).toBe('*Churn risk*\n72%')
    const actions = message.blocks[3] as SlackActions
    expect(actions.elements.map((e) => e.url)).toEqual([NOTICE.conversation?.dashboardUrl, NOTICE.conversation?.helpdeskUrl])
    expect(message.text).toContain('Angry customer')
    expect(message.blocks[2]).toMatchObject({ type: 'context', elements: [{ text: 'Critical · Conversation escalated · conversation 48213 · 2026-03-02 09:14 UTC' }] })
  })

  it('escapes &, < and > in every mrkdwn text and in the fallback, so <!channel> pings nobody', () => {
    const message = renderSlack(NOTICE)
    const texts = [...mrkdwnTexts(message.blocks), message.text]
    for (const text of texts) expect(text).not.toMatch(/<|>|&(?!amp;|lt;|gt;)/)
    expect(message.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(mrkdwnTexts(message.blocks)[0]).toBe('Ana &lt;b&gt;Silva&lt;/b&gt; &amp; co: "charged twice" &lt;!channel&gt; [verify](https://evil.example)')
    expect(escapeSlack('a & b < c > d')).toBe('a &amp; b &lt; c &gt; d')
  })

  it('keeps within Slack limits: ten fields, 3000-character sections, no buttons without links, no javascript: links', () => {
    const long: AlertNotice = {
      ...NOTICE,
      summary: '&'.repeat(5_000),
      conversation: { id: 'c', externalId: '1', dashboardUrl: 'javascript:alert(1)' },
      facts: Array.from({ length: 14 }, (_, i) => ({ label: `f${i}`, value: String(i) })),
    }
    const message = renderSlack(long)
    const section = message.blocks[1] as SlackSection
    expect(section.fields).toHaveLength(10)
    expect(section.text.text.length).toBeLessThanOrEqual(3_000)
    expect(section.text.text).toMatch(/^(&amp;)+…$/)
    expect(message.blocks.map((b) => b.type)).not.toContain('actions')
  })

  it('429 with Retry-After is retryable after the time asked', async () => {
    slack.failNext(1, { status: 429, headers: { 'retry-after': '3' }, body: 'rate_limited' })
    const delivery = deliver({ kind: 'slack', url: slack.url }, NOTICE, opts)
    await expect(delivery).rejects.toBeInstanceOf(VendorHttpError)
    await expect(delivery).rejects.toMatchObject({ status: 429, retryAfterMs: 3_000, permanent: false, message: expect.stringContaining('rate_limited') })
    await expect(delivery).rejects.toSatisfy((err: Error) => !err.message.includes('fakeSecretToken'))
  })

  it('500 is retryable, 400 and 404 are permanent', async () => {
    slack.failNext(1, { status: 500 })
    await expect(deliver({ kind: 'slack', url: slack.url }, NOTICE, opts)).rejects.toMatchObject({ status: 500, permanent: false, retryAfterMs: null })
    slack.failNext(1, { status: 400, body: 'invalid_payload' })
    await expect(deliver({ kind: 'slack', url: slack.url }, NOTICE, opts)).rejects.toMatchObject({ status: 400, permanent: true })
    await expect(deliver({ kind: 'slack', url: `${slack.url}x` }, NOTICE, opts)).rejects.toMatchObject({ status: 404, permanent: true })
  })

  it('a webhook that hangs times out as a retryable failure', async () => {
    slack.failNext(1, 'hang')
    const quick = { ...opts, fetch: createBoundedFetch({ timeoutMs: 300, allowPrivateNetwork: true }) }
    await expect(deliver({ kind: 'slack', url: slack.url }, NOTICE, quick)).rejects.toMatchObject({ status: null, permanent: false })
  })

  it('is refused on 127.0.0.1 without the admin setting, before anything is sent', async () => {
    const before = slack.requests.length
    await expect(deliver({ kind: 'slack', url: slack.url }, NOTICE, { ...opts, fetch: strictFetch })).rejects.toBeInstanceOf(OutboundRefusedError)
    expect(slack.requests).toHaveLength(before)
  })
})

describe('Teams', () => {
  let teams: FakeTeams
  beforeAll(async () => {
    teams = await startFakeTeams()
  })
  afterAll(() => teams.close())

  it('posts a message with an Adaptive Card 1.4 attachment', async () => {
    await deliver({ kind: 'teams', url: teams.url }, NOTICE, opts)
    expect(teams.cards).toHaveLength(1)
    const card = teams.cards[0] as unknown as AdaptiveCard
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.4' })
    expect(card.body[0]).toMatchObject({ type: 'TextBlock', weight: 'Bolder', color: 'Attention', text: NOTICE.title })
    const factSet = card.body.find((e) => e.type === 'FactSet') as Extract<AdaptiveCard['body'][number], { type: 'FactSet' }>
    expect(factSet.facts.map((f) => f.title)).toEqual(['Customer', 'Value', 'Churn risk', 'Sentiment', 'Rule'])
    expect(card.actions.map((a) => [a.type, a.url])).toEqual([
      ['Action.OpenUrl', NOTICE.conversation?.dashboardUrl],
      ['Action.OpenUrl', NOTICE.conversation?.helpdeskUrl],
    ])
  })

  it('defuses markdown links hidden in user text', () => {
    const summary = renderTeams(NOTICE).attachments[0].content.body[1] as { text: string }
    expect(summary.text).not.toContain('](')
    expect(summary.text.replace(/\u200B/g, '')).toBe(NOTICE.summary)
  })

  it('a 400 from the workflow is permanent', async () => {
    teams.failNext(1, { status: 400, body: '{"error":{"code":"InvalidRequestContent"}}' })
    await expect(deliver({ kind: 'teams', url: teams.url }, NOTICE, opts)).rejects.toMatchObject({ status: 400, permanent: true })
  })
})

describe('Standard Webhooks', () => {
  const secret = generateWebhookSecret()
  let receiver: WebhookReceiver
  beforeAll(async () => {
    receiver = await startWebhookReceiver(secret)
  })
  afterAll(() => receiver.close())

  it('is verified by the standardwebhooks library with the right secret', async () => {
    await deliver({ kind: 'webhook', url: receiver.url, secret }, NOTICE, opts)
    expect(receiver.refused).toEqual([])
    expect(receiver.verified).toHaveLength(1)
    const delivery = receiver.verified[0]
    expect(delivery?.id).toBe(NOTICE.id)
    expect(delivery?.timestamp).toBe(Math.floor(NOW / 1000))
    expect(delivery?.payload).toEqual(renderWebhook(NOTICE))
    expect(delivery?.payload).toMatchObject({
      type: 'conversation.escalated',
      timestamp: '2026-03-02T09:14:07.000Z',
      data: { alert_id: NOTICE.id, workspace_id: 'ws_1', conversation: { external_id: '48213' }, customer: { churn_risk: 0.72 }, links: { helpdesk: NOTICE.conversation?.helpdeskUrl } },
    })
    const request = receiver.requests.at(-1)
    expect(request?.headers['content-type']).toBe('application/json')
    expect(request?.headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]+=*$/)
  })

  it('a retry carries the same webhook-id and the same body, so the receiver can dedupe', async () => {
    const before = receiver.requests.length
    await deliver({ kind: 'webhook', url: receiver.url, secret }, NOTICE, { ...opts, now: NOW + 60_000 })
    const [first, second] = receiver.requests.slice(before - 1)
    expect(second?.headers['webhook-id']).toBe(first?.headers['webhook-id'])
    expect(second?.body).toBe(first?.body)
    expect(second?.headers['webhook-signature']).not.toBe(first?.headers['webhook-signature'])
  })

  it('is refused with a wrong secret, and the 401 is permanent', async () => {
    const verifiedBefore = receiver.verified.length
    await expect(deliver({ kind: 'webhook', url: receiver.url, secret: generateWebhookSecret() }, NOTICE, opts)).rejects.toMatchObject({ status: 401, permanent: true })
    expect(receiver.verified).toHaveLength(verifiedBefore)
    expect(receiver.refused.at(-1)).toMatchObject({ id: NOTICE.id, reason: 'No matching signature found' })
  })

  it('is refused when its timestamp is stale', async () => {
    await expect(deliver({ kind: 'webhook', url: receiver.url, secret }, NOTICE, { ...opts, now: Date.now() - 10 * 60_000 })).rejects.toMatchObject({ status: 401 })
    expect(receiver.refused.at(-1)?.reason).toMatch(/too old/)
  })

  it('a secret that is not whsec_ base64 is a permanent failure, nothing sent', async () => {
    const before = receiver.requests.length
    await expect(deliver({ kind: 'webhook', url: receiver.url, secret: 'whsec_%%%' }, NOTICE, opts)).rejects.toMatchObject({ permanent: true })
    expect(receiver.requests).toHaveLength(before)
  })
})

describe('e-mail', () => {
  let sink: SmtpSink
  beforeAll(async () => {
    sink = await startSmtpSink()
  })
  afterAll(() => sink.close())

  const config = (): DestinationConfig => ({
    kind: 'email',
    host: sink.host,
    port: sink.port,
    secure: false,
    user: 'alerts',
    password: 'hunter2',
    from: 'Undertone <alerts@undertone.example>',
    to: ['lead@acme.example', 'vip-desk@acme.example'],
  })

  it('is received by the SMTP sink with its subject, a text part and an HTML part', async () => {
    await deliver(config(), NOTICE, opts)
    expect(sink.messages).toHaveLength(1)
    const mail = sink.messages[0]
    expect(mail?.from).toBe('alerts@undertone.example')
    expect(mail?.to).toEqual(['lead@acme.example', 'vip-desk@acme.example'])
    expect(mail?.subject).toBe(`[Undertone Critical] ${NOTICE.title}`)
    expect(mail?.text).toBe(renderEmail(NOTICE).text)
    expect(mail?.text).toContain('Open in helpdesk: https://acme.zendesk.com/agent/tickets/48213')
    expect(mail?.html).toContain('<h2>Angry customer &lt;script&gt;alert(1)&lt;/script&gt; — #48213</h2>')
    expect(mail?.html).toContain('<a href="https://acme.zendesk.com/agent/tickets/48213">Open in helpdesk</a>')
    expect(mail?.html).not.toContain('<script>')
    expect(mail?.headers['message-id']).toBe(`<${NOTICE.id}.alert@undertone.example>`)
  })

  it('a 4xx SMTP reply is retryable, a 5xx permanent', async () => {
    sink.failNext(1, 451)
    await expect(deliver(config(), NOTICE, opts)).rejects.toMatchObject({ status: 451, permanent: false })
    sink.failNext(1, 554)
    const delivery = deliver(config(), NOTICE, opts)
    await expect(delivery).rejects.toMatchObject({ status: 554, permanent: true })
    await expect(delivery).rejects.toSatisfy((err: Error) => !err.message.includes('hunter2'))
  })

  it('a closed SMTP port is retryable', async () => {
    const closed = await startSmtpSink()
    await closed.close()
    await expect(deliver({ ...config(), port: closed.port } as DestinationConfig, NOTICE, opts)).rejects.toMatchObject({ status: null, permanent: false })
  })

  it('refuses a loopback SMTP host, by address or by name, without the admin setting', async () => {
    const strict = { ...opts, smtp: { allowPrivateNetwork: false, timeoutMs: 5_000 } }
    const before = sink.messages.length
    await expect(deliver(config(), NOTICE, strict)).rejects.toBeInstanceOf(OutboundRefusedError)
    await expect(deliver({ ...config(), host: 'localhost' } as DestinationConfig, NOTICE, strict)).rejects.toBeInstanceOf(OutboundRefusedError)
    expect(sink.messages).toHaveLength(before)
  })
})

describe('describeDestination', () => {
  it('never shows a chat webhook path, a signing secret or a password', () => {
    const configs: DestinationConfig[] = [
      { kind: 'slack', url: 'https://hooks.slack.com/services/T000/B000/XXXXSECRET' },
      { kind: 'teams', url: 'https://prod-01.westeurope.logic.azure.com/workflows/abc/triggers/manual/paths/invoke?sig=XXXXSECRET' },
      { kind: 'webhook', url: 'https://user:XXXXSECRET@hooks.acme.example/undertone?token=XXXXSECRET', secret: 'whsec_XXXXSECRET' },
      { kind: 'email', host: 'smtp.acme.example', port: 587, secure: false, user: 'alerts', password: 'XXXXSECRET', from: 'a@acme.example', to: ['b@acme.example'] },
    ]
    const shown = configs.map(describeDestination)
    expect(JSON.stringify(shown)).not.toContain('XXXXSECRET')
    expect(shown).toEqual([
      { kind: 'slack', url: 'https://hooks.slack.com/…' },
      { kind: 'teams', url: 'https://prod-01.westeurope.logic.azure.com/…' },
      { kind: 'webhook', url: 'https://hooks.acme.example/undertone?…' },
      { kind: 'email', host: 'smtp.acme.example', port: 587, secure: false, user: 'alerts', from: 'a@acme.example', to: ['b@acme.example'] },
    ])
  })
})
