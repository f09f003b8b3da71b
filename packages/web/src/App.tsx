import { useCallback, useMemo, useState } from 'react'
import { createApi } from './api'
import { ApiContext } from './api-context'
import { Layout } from './components/Layout'
import { SignIn } from './components/SignIn'
import { clearKey, loadKey, saveKey } from './session'
import { Screen } from './screens/Screen'

/** Signs in with a workspace key, then shows the screen the hash names. */
export function App() {
  const [key, setKey] = useState<string | null>(loadKey)
  const [notice, setNotice] = useState<string | undefined>()
  const signOut = useCallback((why?: string) => {
    clearKey()
    setKey(null)
    setNotice(why)
  }, [])
  const api = useMemo(() => (key === null ? null : createApi(key, () => signOut('The API key was rejected (revoked or unknown). Sign in again.'))), [key, signOut])

  if (api === null) {
    return (
      <SignIn
        notice={notice}
        onSignedIn={(k) => {
          saveKey(k)
          setNotice(undefined)
          setKey(k)
        }}
      />
    )
  }
  return (
    <ApiContext.Provider value={api}>
      <Layout onSignOut={() => signOut()}>
        <Screen onSignOut={() => signOut()} />
      </Layout>
    </ApiContext.Provider>
  )
}
