/** An event the service publishes: a new reading, an alert, a refreshed conversation. */
export interface ServiceEvent {
  readonly type: 'reading' | 'alert' | 'conversation'
  readonly workspaceId: string
  readonly data: unknown
}

/** In-process publish/subscribe for Server-Sent Events; each subscriber sees its workspace only. */
export class EventBus {
  readonly #subscribers = new Map<string, Set<(e: ServiceEvent) => void>>()

  subscribe(workspaceId: string, listener: (e: ServiceEvent) => void): () => void {
    const set = this.#subscribers.get(workspaceId) ?? new Set()
    set.add(listener)
    this.#subscribers.set(workspaceId, set)
    return () => {
      set.delete(listener)
      if (set.size === 0) this.#subscribers.delete(workspaceId)
    }
  }

  publish(e: ServiceEvent): void {
    for (const l of this.#subscribers.get(e.workspaceId) ?? []) l(e)
  }

  get subscriberCount(): number {
    let n = 0
    for (const s of this.#subscribers.values()) n += s.size
    return n
  }
}
