import { percent } from '../format'

/** A 0..1 value as a bar with its number; `bad` says which end is worse, for the colour. */
export function Meter({ value, label, bad = 'high' }: { readonly value: number; readonly label: string; readonly bad?: 'high' | 'low' }) {
  const v = Math.max(0, Math.min(1, value))
  const severity = bad === 'high' ? v : 1 - v
  return (
    <span className="meter" title={`${label}: ${percent(v)}`}>
      <meter min={0} max={1} low={0.34} high={0.66} optimum={bad === 'high' ? 0 : 1} value={v} aria-label={label} />
      <span className={severity >= 0.66 ? 'meter-text bad' : 'meter-text'}>{percent(v)}</span>
    </span>
  )
}
