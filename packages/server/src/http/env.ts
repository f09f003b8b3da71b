import type { OpenAPIHono } from '@hono/zod-openapi'

/** What the authentication middleware puts on every `/v1` request's context. */
export interface AuthVariables {
  /** The workspace whose key made the request: the only one whose data the request sees. */
  workspaceId: string
  keyId: string
}

/** The Hono environment of the API's routes. */
export interface ApiEnv {
  Variables: AuthVariables
}

/** The app every resource registers its routes on. */
export type ApiApp = OpenAPIHono<ApiEnv>
