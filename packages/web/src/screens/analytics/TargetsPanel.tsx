import { Async } from '../../components/Async'
import { DataTable } from '../../components/DataTable'
import { day, percent, words } from '../../format'
import { useResource } from '../../use-resource'
import { TargetForm } from './TargetForm'

/** Goals on a metric with progress and a forecast to the due date. */
export function TargetsPanel() {
  const targets = useResource((api) => api.targets(), [])
  return (
    <section className="card" aria-labelledby="targets-title">
      <h2 id="targets-title">Targets</h2>
      <Async resource={targets} label="targets" isEmpty={(d) => d.targets.length === 0} empty={<p>No targets yet. Set one below, e.g. a negative share under 20% by the end of the quarter.</p>}>
        {(d) => (
          <DataTable
            caption="Targets"
            rows={d.targets}
            rowKey={(t) => t.id}
            columns={[
              { title: 'Target', cell: (t) => t.name },
              { title: 'Metric', cell: (t) => `${words(t.metric)}${t.value === 'all' ? '' : ` (${t.value})`}` },
              { title: 'Goal', cell: (t) => `${t.direction === 'down' ? '≤' : '≥'} ${t.goal}`, numeric: true },
              { title: 'Due', cell: (t) => day(t.due_at) },
              { title: 'Now', cell: (t) => (t.progress === null ? '—' : t.progress.current.toFixed(2)), numeric: true },
              { title: 'Progress', cell: (t) => (t.progress === null ? 'no data yet' : `${percent(t.progress.progress)} · ${t.progress.on_track ? 'on track' : 'off track'}`) },
            ]}
          />
        )}
      </Async>
      <TargetForm onCreated={targets.reload} />
    </section>
  )
}
