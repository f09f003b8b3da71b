import { href, useRoute } from '../router'
import { AlertsScreen } from './AlertsScreen'
import { AnalyticsScreen } from './AnalyticsScreen'
import { AuditScreen } from './AuditScreen'
import { ConversationScreen } from './ConversationScreen'
import { CustomerScreen } from './CustomerScreen'
import { LearningScreen } from './LearningScreen'
import { QueueScreen } from './QueueScreen'
import { ReviewScreen } from './ReviewScreen'
import { SettingsScreen } from './SettingsScreen'

/** The screen for the current hash route. */
export function Screen({ onSignOut }: { readonly onSignOut: () => void }) {
  const route = useRoute()
  switch (route.name) {
    case 'queue':
      return <QueueScreen />
    case 'conversation':
      // Keyed by id so moving between conversations starts from a clean state.
      return <ConversationScreen key={route.id} id={route.id} />
    case 'customer':
      return <CustomerScreen key={route.id} id={route.id} />
    case 'analytics':
      return <AnalyticsScreen />
    case 'alerts':
      return <AlertsScreen />
    case 'review':
      return <ReviewScreen />
    case 'learning':
      return <LearningScreen />
    case 'settings':
      return <SettingsScreen onSignOut={onSignOut} />
    case 'audit':
      return <AuditScreen />
    case 'not-found':
      return (
        <section className="state state-empty">
          <h1>Nothing at {route.path}</h1>
          <p>
            <a href={href({ name: 'queue' })}>Back to the queue</a>
          </p>
        </section>
      )
  }
}
