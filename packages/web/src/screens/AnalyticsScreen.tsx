import { AgentsPanel } from './analytics/AgentsPanel'
import { ChangesPanel } from './analytics/ChangesPanel'
import { DriversPanel } from './analytics/DriversPanel'
import { EscalationsPanel } from './analytics/EscalationsPanel'
import { ResolutionPanel } from './analytics/ResolutionPanel'
import { ResponseTimesPanel } from './analytics/ResponseTimesPanel'
import { TargetsPanel } from './analytics/TargetsPanel'
import { TrendPanel } from './analytics/TrendPanel'

/** Workspace analytics; each panel loads on its own, so one slow or failing query blocks nothing. */
export function AnalyticsScreen() {
  return (
    <section aria-labelledby="analytics-title">
      <div className="screen-head">
        <h1 id="analytics-title">Analytics</h1>
        <p className="muted small">Last 90 days unless a panel says otherwise (the trend can cover up to a year).</p>
      </div>
      <TrendPanel />
      {/* Full width: the drivers table carries example messages. */}
      <DriversPanel />
      <div className="grid">
        <ChangesPanel />
        <ResolutionPanel />
        <EscalationsPanel />
        <ResponseTimesPanel />
        <AgentsPanel />
      </div>
      <TargetsPanel />
    </section>
  )
}
