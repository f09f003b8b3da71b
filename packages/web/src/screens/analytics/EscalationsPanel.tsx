import { Async } from '../../components/Async'
import { DataTable } from '../../components/DataTable'
import { percent } from '../../format'
import { useResource } from '../../use-resource'

/** Escalation rates by product area under each definition, side by side. */
export function EscalationsPanel() {
  const escalations = useResource((api) => api.escalations(), [])
  return (
    <section className="card" aria-labelledby="esc-rates-title">
      <h2 id="esc-rates-title">Escalation rates</h2>
      <Async resource={escalations} label="escalation rates" isEmpty={(d) => d.rows.length === 0}>
        {(d) => (
          <DataTable
            caption="Escalation rates by product area"
            rows={d.rows}
            rowKey={(r) => r.group}
            columns={[
              { title: 'Product area', cell: (r) => r.group },
              { title: 'n', cell: (r) => r.n, numeric: true },
              { title: 'Asked for human', cell: (r) => percent(r.human_requested), numeric: true },
              { title: 'Bot handoff', cell: (r) => percent(r.bot_handed_off), numeric: true },
              { title: 'SLA breach', cell: (r) => percent(r.sla_breached), numeric: true },
              { title: 'Escalating', cell: (r) => percent(r.escalation_score), numeric: true },
            ]}
          />
        )}
      </Async>
    </section>
  )
}
