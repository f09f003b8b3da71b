import type { ModelStatus } from '../api'

/** A model version's status as text plus colour. */
export function ModelStatusBadge({ status }: { readonly status: ModelStatus }) {
  return <span className={`badge model-${status}`}>{status}</span>
}
