import { useEffect, useRef, useState } from 'react'
import { useApi } from './api-context'

export type LiveEvent = 'reading' | 'conversation' | 'alert'
export type LiveState = 'connecting' | 'live' | 'offline'

/**
 * Listens to `GET /v1/stream` and calls `onEvent` for the given event types, at most once per
 * `debounceMs`: the worker publishes one event per reading, and a burst should cost one refresh.
 * Reconnects with a growing delay when the stream drops.
 */
export function useLiveEvents(types: readonly LiveEvent[], onEvent: () => void, debounceMs = 1000): LiveState {
  const api = useApi()
  const [state, setState] = useState<LiveState>('connecting')
  const handler = useRef(onEvent)
  handler.current = onEvent
  const wanted = types.join(',')

  useEffect(() => {
    const abort = new AbortController()
    const accept = new Set(wanted.split(','))
    let timer: ReturnType<typeof setTimeout> | undefined
    const fire = (): void => {
      if (timer !== undefined) return
      timer = setTimeout(() => {
        timer = undefined
        handler.current()
      }, debounceMs)
    }
    const run = async (): Promise<void> => {
      let delay = 1000
      while (!abort.signal.aborted) {
        try {
          const body = await api.stream(abort.signal)
          const reader = body.pipeThrough(new TextDecoderStream()).getReader()
          let buffer = ''
          for (;;) {
            const { done, value } = await reader.read()
            if (done) break
            buffer += value
            // Events end with a blank line; each has an `event:` line naming its type.
            let end = buffer.indexOf('\n\n')
            while (end >= 0) {
              const block = buffer.slice(0, end)
              buffer = buffer.slice(end + 2)
              const type = /^event:\s*(.*)$/m.exec(block)?.[1]
              if (type === 'ready') {
                setState('live')
                delay = 1000
              } else if (type !== undefined && accept.has(type)) fire()
              end = buffer.indexOf('\n\n')
            }
          }
        } catch {
          if (abort.signal.aborted) return
        }
        setState('offline')
        await new Promise((resolve) => setTimeout(resolve, delay))
        delay = Math.min(30_000, delay * 2)
      }
    }
    void run()
    return () => {
      abort.abort()
      if (timer !== undefined) clearTimeout(timer)
    }
  }, [api, wanted, debounceMs])
  return state
}
