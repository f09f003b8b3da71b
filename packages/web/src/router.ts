import { useSyncExternalStore } from 'react'

/** A list screen's filters, sort and page as they stand in the hash (`#/alerts?reason=churn-threat&page=2`), so a link shares them. */
export type ListQuery = Readonly<Record<string, string>>

/** The dashboard's screens. Routes live in the hash, so the server only ever serves index.html. */
export type Route =
  | { readonly name: 'queue' }
  | { readonly name: 'conversation'; readonly id: string }
  | { readonly name: 'customer'; readonly id: string }
  | { readonly name: 'analytics' }
  | { readonly name: 'alerts'; readonly query?: ListQuery }
  | { readonly name: 'review'; readonly query?: ListQuery }
  | { readonly name: 'learning' }
  | { readonly name: 'settings' }
  | { readonly name: 'audit' }
  | { readonly name: 'not-found'; readonly path: string }

/** The query part of a hash, empty values left out. */
function parseQuery(search: string): ListQuery {
  const out: Record<string, string> = {}
  for (const [k, v] of new URLSearchParams(search)) if (v !== '') out[k] = v
  return out
}

export function parseHash(hash: string): Route {
  const full = hash.replace(/^#/, '') || '/'
  const at = full.indexOf('?')
  const path = at === -1 ? full : full.slice(0, at) || '/'
  const query = at === -1 ? {} : parseQuery(full.slice(at + 1))
  const [, first = '', second] = path.split('/')
  const id = second === undefined ? undefined : decodeURIComponent(second)
  if (first === '' || first === 'queue') return { name: 'queue' }
  if (first === 'conversations' && id !== undefined) return { name: 'conversation', id }
  if (first === 'customers' && id !== undefined) return { name: 'customer', id }
  if (first === 'alerts' || first === 'review') return Object.keys(query).length === 0 ? { name: first } : { name: first, query }
  if (first === 'analytics' || first === 'learning' || first === 'settings' || first === 'audit') return { name: first }
  return { name: 'not-found', path }
}

export function href(route: Route): string {
  switch (route.name) {
    case 'conversation':
      return `#/conversations/${encodeURIComponent(route.id)}`
    case 'customer':
      return `#/customers/${encodeURIComponent(route.id)}`
    case 'not-found':
      return `#${route.path}`
    case 'alerts':
    case 'review': {
      const entries = Object.entries(route.query ?? {}).filter(([, v]) => v !== '')
      return entries.length === 0 ? `#/${route.name}` : `#/${route.name}?${new URLSearchParams(entries).toString()}`
    }
    default:
      return `#/${route.name}`
  }
}

export function navigate(route: Route): void {
  window.location.hash = href(route)
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

/** The current route; re-renders on every hash change. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash)
  return parseHash(hash)
}
