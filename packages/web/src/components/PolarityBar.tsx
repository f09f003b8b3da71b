import { score } from '../format'

/** A -1…+1 value as a bar from the centre (left: negative, right: positive) with its number. */
export function PolarityBar({ value }: { readonly value: number }) {
  const v = Math.max(-1, Math.min(1, value))
  const side = v < 0 ? 'neg' : 'pos'
  return (
    <span className="polarity">
      <span className="polarity-track" aria-hidden="true">
        <span className={`polarity-bar polarity-${side}`} style={v < 0 ? { right: '50%', width: `${-v * 50}%` } : { left: '50%', width: `${v * 50}%` }} />
      </span>
      <span className={`polarity-text polarity-text-${side}`}>{score(v)}</span>
    </span>
  )
}
