import type { Emotions } from '../api'
import { percent } from '../format'

/** Emotions at or above `threshold`, strongest first, leaving out those named in `exclude` (already said elsewhere on the row). */
export function EmotionChips({ emotions, threshold = 0.3, exclude = [] }: { readonly emotions: Emotions; readonly threshold?: number; readonly exclude?: readonly string[] }) {
  const shown = Object.entries(emotions)
    .filter(([name, v]) => v >= threshold && !exclude.includes(name))
    .sort((a, b) => b[1] - a[1])
  if (shown.length === 0) return null
  return (
    <ul className="chips" aria-label="emotions">
      {shown.map(([name, v]) => (
        <li key={name} className={`chip chip-emotion chip-${name}`} title={`${name} ${percent(v)}`}>
          {name}
        </li>
      ))}
    </ul>
  )
}
