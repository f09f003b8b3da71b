import { Async } from '../../components/Async'
import { DataTable } from '../../components/DataTable'
import { minutes } from '../../format'
import { useResource } from '../../use-resource'

const time = (m: number | null): string => (m === null ? '—' : minutes(m))

/** First-response and resolution times by opening sentiment and urgency. */
export function ResponseTimesPanel() {
  const times = useResource((api) => api.responseTimes(), [])
  return (
    <section className="card" aria-labelledby="rt-title">
      <h2 id="rt-title">Response times</h2>
      <Async resource={times} label="response times" isEmpty={(d) => d.rows.length === 0}>
        {(d) => (
          <DataTable
            caption="Response times by opening sentiment and urgency"
            rows={d.rows}
            rowKey={(r) => `${r.sentiment}:${r.urgency}`}
            columns={[
              { title: 'Opened', cell: (r) => r.sentiment },
              { title: 'Urgency', cell: (r) => r.urgency },
              { title: 'n', cell: (r) => r.n, numeric: true },
              { title: 'First reply (median)', cell: (r) => time(r.first_response_median_minutes), numeric: true },
              { title: 'p90', cell: (r) => time(r.first_response_p90_minutes), numeric: true },
              { title: 'Resolved (median)', cell: (r) => time(r.resolution_median_hours === null ? null : r.resolution_median_hours * 60), numeric: true },
            ]}
          />
        )}
      </Async>
    </section>
  )
}
