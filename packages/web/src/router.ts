import { useSyncExternalStore } from 'react'

/** The dashboard's screens. Routes live in the hash, so the server only ever serves index.html. */
export type Route =
  | { readonly name: 'queue' }
  | { readonly name: 'conversation'; readonly id: string }
  | { readonly name: 'customer'; readonly id: string }
  | { readonly name: 'analytics' }
  | { readonly name: 'alerts' }
  | { readonly name: 'review' }
  | { readonly name: 'learning' }
  | { readonly name: 'settings' }
  | { readonly name: 'audit' }
  | { readonly name: 'not-found'; readonly path: string }

export function parseHash(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/'
  const [, first = '', second] = path.split('/')
  const id = second === undefined ? undefined : decodeURIComponent(second)
  if (first === '' || first === 'queue') return { name: 'queue' }
  if (first === 'conversations' && id !== undefined) return { name: 'conversation', id }
  if (first === 'customers' && id !== undefined) return { name: 'customer', id }
  if (first === 'analytics' || first === 'alerts' || first === 'review' || first === 'learning' || first === 'settings' || first === 'audit') return { name: first }
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
