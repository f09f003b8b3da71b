import { Async } from '../../components/Async'
import { DataTable } from '../../components/DataTable'
import { percent, words } from '../../format'
import { useResource } from '../../use-resource'

/** What drives negative sentiment now: volume × negativity × growth against the window before. */
export function DriversPanel() {
  const drivers = useResource((api) => api.drivers(), [])
  return (
    <section className="card" aria-labelledby="drivers-title">
      <h2 id="drivers-title">Negative drivers {drivers.data === undefined ? null : <span className="muted small">(last {drivers.data.days} days)</span>}</h2>
      <Async resource={drivers} label="drivers" isEmpty={(d) => d.drivers.length === 0} empty={<p>Nothing stands out as driving negative sentiment.</p>}>
        {(d) => (
          <DataTable
            caption="Negative drivers"
            rows={d.drivers}
            rowKey={(r) => `${r.kind}:${r.topic}`}
            columns={[
              { title: 'Topic', cell: (r) => r.topic },
              { title: 'Kind', cell: (r) => words(r.kind) },
              { title: 'Negative', cell: (r) => r.negativeCount, numeric: true },
              { title: 'Share now', cell: (r) => percent(r.shareNow), numeric: true },
              { title: 'Before', cell: (r) => percent(r.sharePrevious), numeric: true },
            ]}
          />
        )}
      </Async>
    </section>
  )
}
