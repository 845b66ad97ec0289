/**
 * The phone form's draft: every change is written to a local copy at once (it survives a lost
 * connection, a closed tab, a flat battery) and sent to the server, debounced, as the whole draft.
 * Offline or a failed request leaves the local copy waiting; `online` sends it. A stale version
 * (409 supervision-draft-conflict) is never overwritten silently: the form asks to reload or keep
 * the local copy. Framework-free, so the rules are tested without a browser.
 */
import type { DraftContent, InspectionView } from '@/api/supervision'

export type SyncState = 'saved' | 'pending' | 'saving' | 'offline' | 'conflict' | 'error'

/** What the device keeps for one inspection: the content and the server version it was based on. */
export interface LocalDraft {
  inspectionId: number
  baseVersion: number
  content: DraftContent
  changedAt: string
}

export interface KeyValueStore {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
  removeItem(key: string): void
}

export type SaveOutcome =
  | { ok: true; view: InspectionView }
  | { ok: false; reason: 'network' }
  | { ok: false; reason: 'conflict'; detail?: string }
  | { ok: false; reason: 'error'; detail?: string }

export interface DraftSyncDeps {
  save(id: number, content: DraftContent, version: number): Promise<SaveOutcome>
  store: KeyValueStore
  isOnline(): boolean
  now(): Date
  /** Debounce in ms (the form uses 1.5 s). */
  delay: number
  setTimer(fn: () => void, ms: number): unknown
  clearTimer(handle: unknown): void
  /** Told of every state change (the form shows the notice). */
  onState(state: SyncState, view?: InspectionView): void
}

export const LOCAL_PREFIX = 'xuequ.supervision.draft.'

export function localKey(inspectionId: number): string {
  return `${LOCAL_PREFIX}${inspectionId}`
}

export function readLocal(store: KeyValueStore, inspectionId: number): LocalDraft | null {
  const raw = store.getItem(localKey(inspectionId))
  if (!raw) return null
  try {
    const parsed = JSON.parse(raw) as LocalDraft
    return parsed && parsed.inspectionId === inspectionId && parsed.content ? parsed : null
  } catch {
    return null
  }
}

/** The draft content of a server view (what the form edits). */
export function contentOf(view: InspectionView): DraftContent {
  return {
    visitedOn: view.visitedOn,
    topic: view.topic,
    summary: view.summary,
    scores: view.scores.map((s) => ({ criterionId: s.criterionId, level: s.level, points: s.points, note: s.note })),
    findings: view.draftFindings.map((f) => ({ ...f, photoIds: f.photoIds?.length ? [...f.photoIds] : null })),
  }
}

/**
 * The local copy to resume from when the form opens: one based on the version the server has now
 * (unsent edits); one based on an older version is a conflict the user decides.
 */
export function resumeFrom(local: LocalDraft | null, view: InspectionView): 'none' | 'resume' | 'conflict' {
  if (!local || view.status !== 'DRAFT') return 'none'
  return local.baseVersion === view.version ? 'resume' : 'conflict'
}

export class DraftSync {
  private baseVersion: number
  private timer: unknown = null
  private inFlight: Promise<void> | null = null
  private again = false
  state: SyncState = 'saved'

  constructor(
    private readonly inspectionId: number,
    version: number,
    private readonly deps: DraftSyncDeps,
  ) {
    this.baseVersion = version
  }

  get version(): number {
    return this.baseVersion
  }

  /** A local copy is waiting to reach the server. */
  get hasUnsent(): boolean {
    return readLocal(this.deps.store, this.inspectionId) !== null
  }

  /** The form changed: keep it on the device now, send it soon. */
  change(content: DraftContent): void {
    this.writeLocal(content)
    if (this.state === 'conflict') return
    if (!this.deps.isOnline()) {
      this.setState('offline')
      return
    }
    this.setState('pending')
    if (this.timer !== null) this.deps.clearTimer(this.timer)
    this.timer = this.deps.setTimer(() => {
      this.timer = null
      void this.flush()
    }, this.deps.delay)
  }

  /** Sends the local copy now (debounce elapsed, back online, before submitting). */
  async flush(): Promise<void> {
    if (this.inFlight) {
      this.again = true
      return this.inFlight
    }
    this.inFlight = this.send()
    try {
      await this.inFlight
    } finally {
      this.inFlight = null
    }
    if (this.again) {
      this.again = false
      await this.flush()
    }
  }

  /** The browser is back online. */
  online(): Promise<void> {
    if (this.state === 'conflict') return Promise.resolve()
    return this.hasUnsent ? this.flush() : Promise.resolve(this.setState('saved'))
  }

  /** The browser went offline. */
  offline(): void {
    if (this.state !== 'conflict') this.setState('offline')
  }

  /** Conflict resolved by taking the server's draft: the local copy is dropped. */
  discardLocal(view: InspectionView): void {
    this.deps.store.removeItem(localKey(this.inspectionId))
    this.baseVersion = view.version
    this.setState('saved', view)
  }

  /**
   * Conflict resolved by keeping this device's copy: it is re-based on the server's current version
   * (the user chose to replace what is there) and sent.
   */
  async keepLocal(currentVersion: number): Promise<void> {
    const local = readLocal(this.deps.store, this.inspectionId)
    this.baseVersion = currentVersion
    if (local)
      this.deps.store.setItem(localKey(this.inspectionId), JSON.stringify({ ...local, baseVersion: currentVersion }))
    this.setState('pending')
    await this.flush()
  }

  dispose(): void {
    if (this.timer !== null) this.deps.clearTimer(this.timer)
    this.timer = null
  }

  private async send(): Promise<void> {
    const local = readLocal(this.deps.store, this.inspectionId)
    if (!local) {
      if (this.state !== 'conflict') this.setState('saved')
      return
    }
    if (this.state === 'conflict') return
    if (!this.deps.isOnline()) {
      this.setState('offline')
      return
    }
    this.setState('saving')
    const outcome = await this.deps.save(this.inspectionId, local.content, this.baseVersion)
    if (outcome.ok) {
      this.baseVersion = outcome.view.version
      const latest = readLocal(this.deps.store, this.inspectionId)
      // Edits made while the request was out stay local (re-based) and go next.
      if (latest && latest.changedAt !== local.changedAt) {
        this.deps.store.setItem(
          localKey(this.inspectionId),
          JSON.stringify({ ...latest, baseVersion: this.baseVersion }),
        )
        this.again = true
        this.setState('pending', outcome.view)
      } else {
        this.deps.store.removeItem(localKey(this.inspectionId))
        this.setState('saved', outcome.view)
      }
      return
    }
    if (outcome.reason === 'network') this.setState('offline')
    else if (outcome.reason === 'conflict') this.setState('conflict')
    else this.setState('error')
  }

  private writeLocal(content: DraftContent): void {
    const copy: LocalDraft = {
      inspectionId: this.inspectionId,
      baseVersion: this.baseVersion,
      content,
      changedAt: `${this.deps.now().toISOString()}#${Math.random().toString(36).slice(2, 8)}`,
    }
    this.deps.store.setItem(localKey(this.inspectionId), JSON.stringify(copy))
  }

  private setState(state: SyncState, view?: InspectionView): void {
    this.state = state
    this.deps.onState(state, view)
  }
}
