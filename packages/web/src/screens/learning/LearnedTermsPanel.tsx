import type { Models } from '../../api'
import { Async } from '../../components/Async'
import { PolarityBar } from '../../components/PolarityBar'
import type { Resource } from '../../use-resource'

/** The terms the active version learned from corrections, strongest first, with their lean. */
export function LearnedTermsPanel({ models }: { readonly models: Resource<Models> }) {
  return (
    <section className="card" aria-labelledby="terms-title">
      <h2 id="terms-title">Learned terms</h2>
      <Async resource={models} label="learned terms">
        {(d) => {
          const active = d.versions.find((v) => v.id === d.active)
          if (active === undefined) return <p className="state state-empty">Reading with the base model: no learned terms are in use. Promote a version to use the terms it learned.</p>
          const terms = [...(active.metrics.terms ?? [])].sort((a, b) => Math.abs(b.polarity) - Math.abs(a.polarity))
          if (terms.length === 0) return <p className="state state-empty">v{active.number} learned no terms: its corrections had no word that leaned one way often enough.</p>
          return (
            <>
              <p className="muted small">
                In use with v{active.number}, added to the workspace's domain terms. Left of centre reads more negative, right more positive.
              </p>
              <ul className="plain-list terms" aria-label={`Terms learned by v${active.number}`}>
                {terms.map((t) => (
                  <li key={t.pattern} title={t.note}>
                    <code>{t.pattern}</code>
                    <PolarityBar value={t.polarity} />
                  </li>
                ))}
              </ul>
            </>
          )
        }}
      </Async>
    </section>
  )
}
