import { Async } from '../../components/Async'
import { DataTable } from '../../components/DataTable'
import { score } from '../../format'
import { useResource } from '../../use-resource'

/**
 * How much each agent's conversations improve, with the 95% interval: for coaching, not ranking,
 * so agents below the minimum volume are not shown at all.
 */
export function AgentsPanel() {
  const agents = useResource((api) => api.agents(), [])
  return (
    <section className="card" aria-labelledby="agents-title">
      <h2 id="agents-title">Agents (coaching)</h2>
      <Async resource={agents} label="agents" isEmpty={(d) => d.rows.every((r) => !r.shown)} empty={<p>No agent has enough conversations yet to say anything fair.</p>}>
        {(d) => (
          <>
            <DataTable
              caption="Sentiment improvement per agent"
              rows={d.rows.filter((r) => r.shown)}
              rowKey={(r) => r.agent_id}
              columns={[
                { title: 'Agent', cell: (r) => r.agent },
                { title: 'Conversations', cell: (r) => r.n, numeric: true },
                { title: 'Improvement', cell: (r) => score(r.mean_improvement), numeric: true },
                { title: '95% interval', cell: (r) => (r.ci95 === undefined ? '—' : `${score(r.ci95[0])} … ${score(r.ci95[1])}`), numeric: true },
              ]}
            />
            <p className="muted small">Improvement is sentiment at close minus at open. Agents with fewer than {d.min_conversations} conversations are left out; overlapping intervals mean no real difference.</p>
          </>
        )}
      </Async>
    </section>
  )
}
