import { useState } from 'react'
import { Async } from '../../components/Async'
import { DataTable } from '../../components/DataTable'
import { percent, words } from '../../format'
import { href } from '../../router'
import { useResource } from '../../use-resource'

const WINDOWS = [7, 14, 30] as const

/**
 * What drives negative sentiment: volume × negativity × growth against the window before. Any
 * earlier window can be looked at ("the week before the release"), not only the latest.
 */
export function DriversPanel() {
  const [days, setDays] = useState<number>(7)
  // A calendar date; the window ends at the end of that day (UTC). Empty: now.
  const [ending, setEnding] = useState('')
  const to = ending === '' ? undefined : new Date(`${ending}T23:59:59.999Z`).toISOString()
  const drivers = useResource((api) => api.drivers({ days, ...(to === undefined ? {} : { to }) }), [days, to])
  return (
    <section className="card" aria-labelledby="drivers-title">
      <h2 id="drivers-title">
        Negative drivers{' '}
        {drivers.data === undefined ? null : (
          <span className="muted small">
            ({drivers.data.days} days to {ending === '' ? 'now' : ending}, against the {drivers.data.days} before)
          </span>
        )}
      </h2>
      <div className="filters">
        <label>
          Window
          <select name="drivers-days" value={days} onChange={(e) => setDays(Number(e.target.value))}>
            {WINDOWS.map((w) => (
              <option key={w} value={w}>
                {w} days
              </option>
            ))}
          </select>
        </label>
        <label>
          Ending
          <input type="date" name="drivers-ending" value={ending} max={new Date().toISOString().slice(0, 10)} onChange={(e) => setEnding(e.target.value)} />
        </label>
      </div>
      <Async resource={drivers} label="drivers" isEmpty={(d) => d.drivers.length === 0} empty={<p>Nothing stands out as driving negative sentiment.</p>}>
        {(d) => (
          <DataTable
            caption="Negative drivers"
            rows={d.drivers}
            rowKey={(r) => `${r.kind}:${r.topic}`}
            columns={[
              { title: 'Topic', cell: (r) => r.label ?? r.topic },
              { title: 'Kind', cell: (r) => words(r.kind) },
              { title: 'Negative', cell: (r) => r.negative_count, numeric: true },
              { title: 'Share now', cell: (r) => percent(r.share_now), numeric: true },
              { title: 'Before', cell: (r) => percent(r.share_previous), numeric: true },
              { title: 'Negative when mentioned', cell: (r) => percent(r.negativity), numeric: true },
              {
                title: 'Example',
                cell: (r) => {
                  const e = r.example_messages?.[0]
                  return e === undefined ? null : (
                    <a href={href({ name: 'conversation', id: e.conversation_id })} title={e.text}>
                      {e.text.length > 80 ? `${e.text.slice(0, 79)}…` : e.text}
                    </a>
                  )
                },
              },
            ]}
          />
        )}
      </Async>
    </section>
  )
}
