import { useState } from 'react'
import { useApi } from '../api-context'
import { AlertItem } from '../components/AlertItem'
import { Async } from '../components/Async'
import { useLiveEvents } from '../use-live-events'
import { useResource } from '../use-resource'

/** Open alerts, most severe first, to acknowledge or snooze. */
export function AlertsScreen() {
  const api = useApi()
  const alerts = useResource((a) => a.alerts(), [])
  useLiveEvents(['alert'], alerts.reload)
  // Hidden at once on acknowledge/snooze, so the list does not wait for the reload.
  const [done, setDone] = useState<ReadonlySet<string>>(new Set())
  const [error, setError] = useState<string | undefined>()

  const act = async (id: string, action: () => Promise<unknown>): Promise<void> => {
    setError(undefined)
    setDone((d) => new Set([...d, id]))
    try {
      await action()
      alerts.reload()
    } catch (err) {
      setDone((d) => new Set([...d].filter((x) => x !== id)))
      setError((err as Error).message)
    }
  }

  return (
    <section aria-labelledby="alerts-title">
      <div className="screen-head">
        <h1 id="alerts-title">Alerts</h1>
      </div>
      {error === undefined ? null : (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <Async resource={alerts} label="alerts" isEmpty={(d) => d.alerts.every((a) => done.has(a.id))} empty={<p>No open alerts. Acknowledged and snoozed alerts are hidden.</p>}>
        {(d) => (
          <ul className="alerts">
            {[...d.alerts]
              .filter((a) => !done.has(a.id))
              .sort((a, b) => b.severity - a.severity)
              .map((a) => (
                <AlertItem key={a.id} alert={a} onAcknowledge={() => void act(a.id, () => api.acknowledge(a.id))} onSnooze={(m) => void act(a.id, () => api.snooze(a.id, m))} />
              ))}
          </ul>
        )}
      </Async>
    </section>
  )
}
