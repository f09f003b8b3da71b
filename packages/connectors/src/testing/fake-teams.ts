/**
 * A fake Microsoft Teams workflow (Power Automate) webhook on 127.0.0.1: it takes a message with an
 * Adaptive Card attachment and answers 202 Accepted with an empty body, as the real trigger does.
 */
import { type ScriptedReceiver, startScriptedReceiver } from './fake-slack.js'

/** A fake Teams workflow webhook. */
export interface FakeTeams extends ScriptedReceiver {
  /** The Adaptive Cards (the attachment's `content`) of the messages accepted, in order. */
  readonly cards: readonly Record<string, unknown>[]
}

/** Starts the fake. A body that is not a message with an Adaptive Card attachment gets 400. */
export async function startFakeTeams(): Promise<FakeTeams> {
  const path = '/workflows/0b1c2d3e/triggers/manual/paths/invoke?api-version=1&sig=fakeSignature'
  const cards: Record<string, unknown>[] = []
  const receiver = await startScriptedReceiver(path, (req) => {
    if (req.method !== 'POST' || req.path !== path) return { status: 404, body: '{"error":{"code":"TriggerNotFound"}}' }
    let body: { type?: unknown; attachments?: { contentType?: unknown; content?: unknown }[] }
    try {
      body = JSON.parse(req.body)
    } catch {
      return { status: 400, body: '{"error":{"code":"InvalidRequestContent"}}' }
    }
    const attachment = Array.isArray(body?.attachments) ? body.attachments[0] : undefined
    if (body?.type !== 'message' || attachment?.contentType !== 'application/vnd.microsoft.card.adaptive' || typeof attachment.content !== 'object') {
      return { status: 400, body: '{"error":{"code":"InvalidRequestContent"}}' }
    }
    cards.push(attachment.content as Record<string, unknown>)
    return { status: 202 }
  })
  return { ...receiver, cards }
}
