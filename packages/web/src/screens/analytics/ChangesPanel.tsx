import { Async } from '../../components/Async'
import { useResource } from '../../use-resource'

/** Change points in daily sentiment per product area and per topic, as sentences, newest first. */
export function ChangesPanel() {
  const changes = useResource(async (api) => {
    const [areas, topics] = await Promise.all([api.changes('product_area'), api.changes('topic')])
    return { findings: [...areas.findings, ...topics.findings].sort((a, b) => b.since - a.since) }
  }, [])
  return (
    <section className="card" aria-labelledby="changes-title">
      <h2 id="changes-title">Changes</h2>
      <Async resource={changes} label="change findings" isEmpty={(d) => d.findings.length === 0} empty={<p>No significant change in any product area's or topic's sentiment over the last 120 days.</p>}>
        {(d) => (
          <ul className="plain-list">
            {d.findings.map((f) => (
              <li key={`${f.dimension}:${f.value}:${f.since}`} className={f.delta < 0 ? 'bad' : 'good'}>
                {f.summary}
              </li>
            ))}
          </ul>
        )}
      </Async>
    </section>
  )
}
