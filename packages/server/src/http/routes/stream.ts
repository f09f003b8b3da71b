import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi'
import { streamSSE } from 'hono/streaming'
import type { EventBus, ServiceEvent } from '../../event-bus.js'
import { ProblemError } from '../../problem.js'
import { bearer, problems } from '../contract.js'
import type { ApiEnv } from '../env.js'
import { toWire } from '../wire.js'

const route = createRoute({
  method: 'get',
  path: '/v1/stream',
  summary: 'Server-Sent Events: new readings, conversations and alerts of the workspace (each event’s data is JSON in snake_case, like every answer)',
  security: bearer,
  responses: { 200: { content: { 'text/event-stream': { schema: z.string() } }, description: 'text/event-stream' }, ...problems() },
})

/** `GET /v1/stream`: at most `streamsPerKey` live streams per key; a ping every 15 s keeps each open. */
export function streamRoutes(events: EventBus, streamsPerKey: number) {
  const liveStreams = new Map<string, number>()
  return new OpenAPIHono<ApiEnv>()
    .openapi(route, (c) => {
    const workspaceId = c.get('workspaceId')
    const keyId = c.get('keyId')
    const open = liveStreams.get(keyId) ?? 0
    if (open >= streamsPerKey) throw new ProblemError('UT_E_RATE_LIMITED', `this key already has ${open} live streams (UNDERTONE_STREAMS_PER_KEY); close one first`, undefined, { 'retry-after': '15' })
    liveStreams.set(keyId, open + 1)
    let released = false
    const release = (): void => {
      if (released) return
      released = true
      const left = (liveStreams.get(keyId) ?? 1) - 1
      if (left <= 0) liveStreams.delete(keyId)
      else liveStreams.set(keyId, left)
    }
    return streamSSE(c, async (stream) => {
      const queue: ServiceEvent[] = []
      let wake: (() => void) | undefined
      const unsubscribe = events.subscribe(workspaceId, (e) => {
        if (queue.length < 1000) queue.push(e)
        wake?.()
      })
      stream.onAbort(() => {
        unsubscribe()
        release()
        wake?.()
      })
      await stream.writeSSE({ event: 'ready', data: '{}' })
      while (!stream.aborted) {
        const e = queue.shift()
        if (e !== undefined) {
          await stream.writeSSE({ event: e.type, data: JSON.stringify(toWire(e.data)) })
          continue
        }
        await new Promise<void>((resolve) => {
          wake = resolve
          setTimeout(resolve, 15_000)
        })
        wake = undefined
        if (queue.length === 0 && !stream.aborted) await stream.writeSSE({ event: 'ping', data: '{}' })
      }
      unsubscribe()
      release()
    }) as never
  })
}
