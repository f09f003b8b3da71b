import type { ReactNode } from 'react'
import type { Resource } from '../use-resource'

interface Props<T> {
  readonly resource: Resource<T>
  /** What to say while there is nothing to show. */
  readonly label: string
  readonly isEmpty?: (data: T) => boolean
  readonly empty?: ReactNode
  readonly children: (data: T) => ReactNode
}

/** The loading, error and empty states every screen needs, in one place. */
export function Async<T>({ resource, label, isEmpty, empty, children }: Props<T>) {
  const { data, error, reload } = resource
  if (error !== undefined && data === undefined) {
    return (
      <div className="state state-error" role="alert">
        <p>
          Could not load {label}: {error.message} <code>{error.code}</code>
        </p>
        <button type="button" onClick={reload}>
          Try again
        </button>
      </div>
    )
  }
  if (data === undefined) {
    return (
      <p className="state" aria-busy="true">
        Loading {label}…
      </p>
    )
  }
  if (isEmpty?.(data) === true) return <div className="state state-empty">{empty ?? <p>No {label} yet.</p>}</div>
  return <>{children(data)}</>
}
