import type { LiveState } from '../use-live-events'

const TEXT: Record<LiveState, string> = { connecting: 'connecting…', live: 'live', offline: 'offline, retrying' }

/** Whether the screen is receiving live updates. */
export function LiveBadge({ state }: { readonly state: LiveState }) {
  return (
    <span className={`live live-${state}`} role="status">
      <span className="live-dot" aria-hidden="true" />
      {TEXT[state]}
    </span>
  )
}
