import { createContext, useContext } from 'react'
import type { Api } from './api'

/** The signed-in workspace's client; screens are only rendered inside a provider. */
export const ApiContext = createContext<Api | null>(null)

export function useApi(): Api {
  const api = useContext(ApiContext)
  if (api === null) throw new Error('useApi outside a signed-in session')
  return api
}
