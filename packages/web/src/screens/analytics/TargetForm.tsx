import { type FormEvent, useState } from 'react'
import type { TargetInput } from '../../api'
import { useApi } from '../../api-context'

const METRICS: readonly TargetInput['metric'][] = ['negative_share', 'mean_score', 'frustration', 'anger', 'confusion', 'urgency', 'satisfaction', 'gratitude', 'disappointment', 'sarcasm']

/** Sets a workspace-wide target; the direction follows from the metric on the server. */
export function TargetForm({ onCreated }: { readonly onCreated: () => void }) {
  const api = useApi()
  const [name, setName] = useState('')
  const [metric, setMetric] = useState<TargetInput['metric']>('negative_share')
  const [goal, setGoal] = useState('0.2')
  const [due, setDue] = useState('')
  const [error, setError] = useState<string | undefined>()

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault()
    setError(undefined)
    try {
      await api.createTarget({ name, metric, goal: Number(goal), due: new Date(`${due}T23:59:59Z`).toISOString() })
      setName('')
      onCreated()
    } catch (err) {
      setError((err as Error).message)
    }
  }

  return (
    <form className="filters" onSubmit={(e) => void submit(e)} aria-label="New target">
      <label>
        Name
        <input required value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <label>
        Metric
        <select value={metric} onChange={(e) => setMetric(e.target.value as TargetInput['metric'])}>
          {METRICS.map((m) => (
            <option key={m} value={m}>
              {m.replace(/_/g, ' ')}
            </option>
          ))}
        </select>
      </label>
      <label>
        Goal
        <input required type="number" step="0.01" value={goal} onChange={(e) => setGoal(e.target.value)} />
      </label>
      <label>
        Due
        <input required type="date" value={due} onChange={(e) => setDue(e.target.value)} />
      </label>
      <button type="submit">Add target</button>
      {error === undefined ? null : (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </form>
  )
}
