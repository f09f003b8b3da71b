import { type ReactNode, useEffect, useRef } from 'react'
import { type Route, href, useRoute } from '../router'
import { useGoShortcuts } from '../use-go-shortcuts'
import { ThemeToggle } from './ThemeToggle'

const NAV: readonly { route: Route; label: string; keys: string }[] = [
  { route: { name: 'queue' }, label: 'Queue', keys: 'g q' },
  { route: { name: 'analytics' }, label: 'Analytics', keys: 'g a' },
  { route: { name: 'alerts' }, label: 'Alerts', keys: 'g l' },
  { route: { name: 'review' }, label: 'Review', keys: 'g r' },
  { route: { name: 'learning' }, label: 'Learning', keys: 'g m' },
  { route: { name: 'settings' }, label: 'Settings', keys: 'g s' },
  { route: { name: 'audit' }, label: 'Audit', keys: 'g u' },
]

/** Which nav entry a route belongs to: a conversation is reached from the queue. */
function section(route: Route): string {
  return route.name === 'conversation' || route.name === 'customer' ? 'queue' : route.name
}

/** The frame: skip link, navigation, theme toggle, sign-out, and the screen in <main>. */
export function Layout({ children, onSignOut }: { readonly children: ReactNode; readonly onSignOut: () => void }) {
  const route = useRoute()
  const main = useRef<HTMLElement>(null)
  const path = href(route)
  useGoShortcuts()
  // Move focus to the new screen so keyboard and screen-reader users start there, not in the nav.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every navigation, which `path` stands for
  useEffect(() => {
    if (document.activeElement === document.body || document.activeElement?.closest('nav') !== null) main.current?.focus({ preventScroll: true })
  }, [path])

  return (
    <>
      {/* A button, not a #main link: the hash holds the route. */}
      <button type="button" className="skip" onClick={() => main.current?.focus()}>
        Skip to content
      </button>
      <header className="topbar">
        <a className="brand" href={href({ name: 'queue' })}>
          Undertone
        </a>
        <nav aria-label="Screens">
          <ul>
            {NAV.map((n) => (
              <li key={n.label}>
                <a href={href(n.route)} aria-current={section(route) === n.route.name ? 'page' : undefined} title={`${n.label} (${n.keys})`}>
                  {n.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="topbar-end">
          <ThemeToggle />
          <button type="button" className="ghost" onClick={onSignOut}>
            Sign out
          </button>
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {children}
      </main>
    </>
  )
}
