import type { ReactNode } from 'react'

export interface Column<T> {
  readonly title: string
  readonly cell: (row: T) => ReactNode
  /** Right-aligns numbers so they line up. */
  readonly numeric?: boolean
}

/** A plain, accessible table for the analytics panels. */
export function DataTable<T>({ rows, columns, rowKey, caption }: { readonly rows: readonly T[]; readonly columns: readonly Column<T>[]; readonly rowKey: (row: T) => string; readonly caption: string }) {
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.title} scope="col" className={c.numeric === true ? 'num' : undefined}>
                {c.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={rowKey(r)}>
              {columns.map((c) => (
                <td key={c.title} className={c.numeric === true ? 'num' : undefined}>
                  {c.cell(r)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
