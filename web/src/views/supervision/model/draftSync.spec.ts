import { describe, expect, it } from 'vitest'
import type { DraftContent, InspectionView } from '@/api/supervision'
import {
  DraftSync,
  localKey,
  readLocal,
  resumeFrom,
  type KeyValueStore,
  type SaveOutcome,
  type SyncState,
} from './draftSync'

class MemoryStore implements KeyValueStore {
  map = new Map<string, string>()
  getItem(k: string) {
    return this.map.get(k) ?? null
  }
  setItem(k: string, v: string) {
    this.map.set(k, v)
  }
  removeItem(k: string) {
    this.map.delete(k)
  }
}

function view(version: number, status: 'DRAFT' | 'SUBMITTED' = 'DRAFT'): InspectionView {
  return { id: 7, version, status } as InspectionView
}

const content = (summary: string): DraftContent => ({ visitedOn: '2026-12-04', summary, scores: [], findings: [] })

function harness(outcomes: SaveOutcome[] = []) {
  const store = new MemoryStore()
  const states: SyncState[] = []
  const sent: { content: DraftContent; version: number }[] = []
  const timers: (() => void)[] = []
  let online = true
  let version = 3
  const sync = new DraftSync(7, 3, {
    save: async (_id, c, v) => {
      sent.push({ content: c, version: v })
      const next = outcomes.shift()
      if (next) return next
      version = v + 1
      return { ok: true, view: view(version) }
    },
    store,
    isOnline: () => online,
    now: () => new Date('2026-12-04T08:00:00Z'),
    delay: 1500,
    setTimer: (fn) => timers.push(fn),
    clearTimer: () => {},
    onState: (s) => states.push(s),
  })
  return {
    sync,
    store,
    states,
    sent,
    timers,
    setOnline: (v: boolean) => (online = v),
    fire: async () => {
      const fn = timers.pop()
      timers.length = 0
      fn?.()
      await new Promise((r) => setTimeout(r, 0))
    },
  }
}

describe('the phone form draft', () => {
  it('keeps every change on the device at once and sends it, debounced, with the version it was based on', async () => {
    const h = harness()
    h.sync.change(content('a'))
    expect(readLocal(h.store, 7)?.content.summary).toBe('a')
    expect(h.sent).toHaveLength(0)
    h.sync.change(content('ab'))
    await h.fire()
    expect(h.sent).toEqual([{ content: content('ab'), version: 3 }])
    expect(h.sync.state).toBe('saved')
    expect(h.sync.version).toBe(4)
    expect(h.store.getItem(localKey(7))).toBeNull()
  })

  it('says it is offline and keeps the copy when the device is offline, and sends it when the connection returns', async () => {
    const h = harness()
    h.setOnline(false)
    h.sync.change(content('offline edit'))
    expect(h.sync.state).toBe('offline')
    expect(h.sent).toHaveLength(0)
    h.setOnline(true)
    await h.sync.online()
    expect(h.sent.map((s) => s.content.summary)).toEqual(['offline edit'])
    expect(h.sync.state).toBe('saved')
    expect(h.sync.hasUnsent).toBe(false)
  })

  it('treats a request that fails on the network as offline and keeps the copy', async () => {
    const h = harness([{ ok: false, reason: 'network' }])
    h.sync.change(content('x'))
    await h.fire()
    expect(h.sync.state).toBe('offline')
    expect(readLocal(h.store, 7)?.content.summary).toBe('x')
    await h.sync.online()
    expect(h.sync.state).toBe('saved')
  })

  it('never overwrites on a conflict: it stops sending until the user reloads or keeps the local copy', async () => {
    const h = harness([{ ok: false, reason: 'conflict' }])
    h.sync.change(content('mine'))
    await h.fire()
    expect(h.sync.state).toBe('conflict')
    h.sync.change(content('mine, more'))
    await h.sync.flush()
    await h.sync.online()
    expect(h.sent).toHaveLength(1)
    expect(readLocal(h.store, 7)?.content.summary).toBe('mine, more')

    await h.sync.keepLocal(9)
    expect(h.sent[1]).toEqual({ content: content('mine, more'), version: 9 })
    expect(h.sync.state).toBe('saved')
  })

  it('drops the local copy when the user takes the server draft', async () => {
    const h = harness([{ ok: false, reason: 'conflict' }])
    h.sync.change(content('mine'))
    await h.fire()
    h.sync.discardLocal(view(12))
    expect(h.sync.hasUnsent).toBe(false)
    expect(h.sync.version).toBe(12)
    expect(h.sync.state).toBe('saved')
  })

  it('resumes a local copy based on the current version and calls an older one a conflict', () => {
    const local = { inspectionId: 7, baseVersion: 3, content: content('x'), changedAt: 't' }
    expect(resumeFrom(local, view(3))).toBe('resume')
    expect(resumeFrom(local, view(4))).toBe('conflict')
    expect(resumeFrom(local, view(3, 'SUBMITTED'))).toBe('none')
    expect(resumeFrom(null, view(3))).toBe('none')
  })
})
