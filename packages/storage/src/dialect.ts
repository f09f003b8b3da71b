/** The two database engines Undertone runs on. */
export type Dialect = 'sqlite' | 'postgres'
