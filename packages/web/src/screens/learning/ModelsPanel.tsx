import { useState } from 'react'
import { useApi } from '../../api-context'
import type { ModelVersion, Models, TrainResult } from '../../api'
import { Async } from '../../components/Async'
import { ConfirmBar } from '../../components/ConfirmBar'
import { DataTable } from '../../components/DataTable'
import { ModelStatusBadge } from '../../components/ModelStatusBadge'
import { when } from '../../format'
import type { Resource } from '../../use-resource'
import { HeldOutComparison } from './HeldOutComparison'

type Pending = { readonly kind: 'promote'; readonly version: ModelVersion } | { readonly kind: 'rollback'; readonly from: ModelVersion; readonly to: ModelVersion | undefined }

/** "v3", or the base model, for an id from the versions list (`base` or an unknown id: the base). */
function nameOf(models: Models, id: string | null): string {
  const v = id === null ? undefined : models.versions.find((x) => x.id === id)
  return v === undefined ? 'the base model' : `v${v.number}`
}

/** Where a rollback goes: the newest earlier version that was once active, else the base model (as the server does). */
function rollbackTarget(models: Models, active: ModelVersion): ModelVersion | undefined {
  return models.versions.filter((v) => v.status === 'retired' && v.promoted_at !== null && v.number < active.number).sort((a, b) => b.number - a.number)[0]
}

function trainedText(r: TrainResult): string {
  if (r.version === null || r.decision === null) return 'Trained.'
  const n = `Version ${r.version.number}`
  if (r.promoted) return `${n} trained and promoted: ${r.decision.reason}. Recent messages are being read again with it.`
  if (r.decision.promote) return `${n} trained and beats the active version (${r.decision.reason}), but automatic promotion is off: promote it below when ready.`
  return `${n} trained but not promoted: ${r.decision.reason}.`
}

/**
 * The workspace's model versions: train a new one from the reviewed labels, promote a candidate
 * (or an earlier version) and roll back, each confirmed first; the outcome goes to a live status line.
 */
export function ModelsPanel({ models, onChanged }: { readonly models: Resource<Models>; readonly onChanged: () => void }) {
  const api = useApi()
  const [busy, setBusy] = useState<'train' | 'promote' | 'rollback' | undefined>()
  const [pending, setPending] = useState<Pending | undefined>()
  const [status, setStatus] = useState<{ text: string; error: boolean } | undefined>()
  const data = models.data
  const active = data?.versions.find((v) => v.id === data.active)

  const run = async (what: 'train' | 'promote' | 'rollback', progress: string, action: () => Promise<string>, failed: string): Promise<void> => {
    setPending(undefined)
    setBusy(what)
    setStatus({ text: progress, error: false })
    try {
      setStatus({ text: await action(), error: false })
    } catch (err) {
      setStatus({ text: `${failed}: ${(err as Error).message}`, error: true })
    } finally {
      setBusy(undefined)
      onChanged()
    }
  }
  const train = (): Promise<void> => run('train', 'Training a new version on the reviewed labels and scoring it on the held-out ones…', async () => trainedText(await api.train()), 'Training failed')
  const confirmPending = (p: Pending, models: Models): void => {
    if (p.kind === 'promote') {
      void run('promote', `Promoting v${p.version.number}…`, async () => ((await api.promote(p.version.id)).changed ? `v${p.version.number} is active now; recent messages are being read again with it.` : `v${p.version.number} was already active.`), `Could not promote v${p.version.number}`)
    } else {
      void run('rollback', 'Rolling back…', async () => `Rolled back from v${p.from.number}: reading with ${nameOf(models, (await api.rollback()).active)} now; recent messages are being read again.`, 'Could not roll back')
    }
  }

  return (
    <section className="card" aria-labelledby="versions-title" aria-busy={busy !== undefined}>
      <h2 id="versions-title">Model versions</h2>
      {data === undefined ? null : (
        <p>
          Reading with{' '}
          {active === undefined ? (
            <>
              <strong>the base model</strong> <code className="small">{data.base}</code>
            </>
          ) : (
            <>
              <strong>v{active.number}</strong> <code className="small">{active.metrics.label}</code>
              {active.promoted_at === null ? null : <span className="muted small"> · promoted {when(active.promoted_at)}</span>}
            </>
          )}
        </p>
      )}
      <div className="actions">
        <button type="button" className="primary" disabled={busy !== undefined} onClick={() => void train()}>
          {busy === 'train' ? 'Training…' : 'Train new version'}
        </button>
        {data === undefined || active === undefined ? null : (
          <button type="button" disabled={busy !== undefined} onClick={() => setPending({ kind: 'rollback', from: active, to: rollbackTarget(data, active) })}>
            Roll back
          </button>
        )}
        {busy === undefined ? null : <progress aria-label="Working" />}
      </div>
      {pending === undefined || data === undefined ? null : pending.kind === 'promote' ? (
        <ConfirmBar
          question={`Promote v${pending.version.number}?`}
          detail={`It replaces ${active === undefined ? 'the base model' : `v${active.number}`} for every new reading, and recent messages are read again.`}
          confirmLabel={`Yes, promote v${pending.version.number}`}
          onConfirm={() => confirmPending(pending, data)}
          onCancel={() => setPending(undefined)}
        />
      ) : (
        <ConfirmBar
          question={`Roll back from v${pending.from.number} to ${pending.to === undefined ? 'the base model' : `v${pending.to.number}`}?`}
          detail="Recent messages are read again with it."
          confirmLabel="Yes, roll back"
          onConfirm={() => confirmPending(pending, data)}
          onCancel={() => setPending(undefined)}
        />
      )}
      <p id="models-status" className={status?.error === true ? 'error' : 'notice'} role="status" aria-live="polite">
        {status?.text ?? '\u00a0'}
      </p>
      <Async resource={models} label="model versions" isEmpty={(d) => d.versions.length === 0} empty={<p>No versions yet. Review some readings, then train the first version from the reviewed labels.</p>}>
        {(d) => (
          <DataTable
            caption="Model versions, newest first"
            rows={d.versions}
            rowKey={(v) => v.id}
            columns={[
              { title: 'Version', cell: (v) => <span title={v.metrics.label}>v{v.number}</span> },
              { title: 'Status', cell: (v) => <ModelStatusBadge status={v.status} /> },
              { title: 'Trained on', cell: (v) => v.trained_on, numeric: true },
              { title: 'Held out', cell: (v) => v.held_out, numeric: true },
              { title: 'Held-out macro-F1 vs compared', cell: (v) => <HeldOutComparison name={(id) => nameOf(d, id)} version={v} /> },
              { title: 'Decision', cell: (v) => <span className="small">{v.metrics.decision?.reason ?? '—'}</span> },
              {
                title: 'Created · promoted',
                cell: (v) => (
                  <span className="small">
                    {when(v.created_at)}
                    {v.promoted_at === null ? null : <> · promoted {when(v.promoted_at)}</>}
                    {v.retired_at === null ? null : <> · retired {when(v.retired_at)}</>}
                  </span>
                ),
              },
              {
                title: 'Action',
                cell: (v) =>
                  v.status === 'candidate' || v.status === 'retired' ? (
                    <button type="button" disabled={busy !== undefined} onClick={() => setPending({ kind: 'promote', version: v })} aria-label={`Promote v${v.number}`}>
                      Promote
                    </button>
                  ) : null,
              },
            ]}
          />
        )}
      </Async>
      <p className="muted small">
        Each version is trained on about four in five reviewed labels and scored, with the version active at the time, on the rest (held out by message, so the split never moves). It is promoted only when its macro-F1 is higher without losing accuracy.
      </p>
    </section>
  )
}
