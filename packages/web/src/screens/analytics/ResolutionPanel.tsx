import { Async } from '../../components/Async'
import { DataTable } from '../../components/DataTable'
import { percent, score } from '../../format'
import { useResource } from '../../use-resource'

/** Sentiment at open against close by segment, and how often "resolved" leaves people unhappy. */
export function ResolutionPanel() {
  const resolution = useResource((api) => api.resolution(), [])
  return (
    <section className="card" aria-labelledby="resolution-title">
      <h2 id="resolution-title">Resolution by segment</h2>
      <Async resource={resolution} label="resolution" isEmpty={(d) => d.rows.length === 0}>
        {(d) => (
          <DataTable
            caption="Resolution by segment"
            rows={d.rows}
            rowKey={(r) => r.group}
            columns={[
              { title: 'Segment', cell: (r) => r.group },
              { title: 'Conversations', cell: (r) => r.n, numeric: true },
              { title: 'Open', cell: (r) => score(r.mean_open), numeric: true },
              { title: 'Close', cell: (r) => score(r.mean_close), numeric: true },
              { title: 'Resolved unhappy', cell: (r) => percent(r.resolved_unhappy_share), numeric: true },
            ]}
          />
        )}
      </Async>
    </section>
  )
}
