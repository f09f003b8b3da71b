import { useCallback, useEffect, useState } from 'react'
import { type Api, ApiError } from './api'
import { useApi } from './api-context'

export interface Resource<T> {
  readonly data: T | undefined
  readonly error: ApiError | undefined
  readonly loading: boolean
  /** Fetches again, keeping the current data on screen meanwhile. */
  readonly reload: () => void
}

/**
 * Loads `load(api)` whenever `deps` change. Answers that arrive after the inputs changed are
 * dropped, so a slow earlier request never overwrites a newer one.
 */
export function useResource<T>(load: (api: Api) => Promise<T>, deps: readonly unknown[]): Resource<T> {
  const api = useApi()
  const [state, setState] = useState<{ data: T | undefined; error: ApiError | undefined; loading: boolean }>({ data: undefined, error: undefined, loading: true })
  const [tick, setTick] = useState(0)
  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller's deps stand for `load`, which is a fresh closure each render
  useEffect(() => {
    let current = true
    setState((s) => ({ ...s, loading: true }))
    load(api).then(
      (data) => current && setState({ data, error: undefined, loading: false }),
      (err: unknown) => current && setState((s) => ({ data: s.data, error: err instanceof ApiError ? err : new ApiError(0, 'UT_E_CLIENT', String(err)), loading: false })),
    )
    return () => {
      current = false
    }
  }, [api, tick, ...deps])
  const reload = useCallback(() => setTick((t) => t + 1), [])
  return { ...state, reload }
}
