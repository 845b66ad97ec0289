/**
 * The zoning workbench's form and figures, without Vue: what a generate request carries, how a proposal's
 * options come back into the form (re-solve), locks, and the comparison's derived figures.
 */
import type { DemandBasis, GenerateRequest, Proposal } from '@/api/zoning'
import type { ZoneKind } from '@/api/enrollment'

export interface BlockLock {
  blockId: number
  schoolId: number
}

export interface GenerateForm {
  name: string
  kind: ZoneKind
  groupSize: number
  /** The cap in percent; null: no cap. */
  capPercent: number | null
  basis: DemandBasis
  timeLimitSeconds: number
  lockedBlocks: BlockLock[]
  lockedSchools: number[]
}

export const TIME_LIMITS = [5, 10, 30, 60] as const

export function defaultForm(): GenerateForm {
  return {
    name: '',
    kind: 'SINGLE',
    groupSize: 3,
    capPercent: null,
    basis: 'REGISTERED',
    timeLimitSeconds: 10,
    lockedBlocks: [],
    lockedSchools: [],
  }
}

/** The request for the form's options. */
export function requestOf(cycleId: number, form: GenerateForm): GenerateRequest {
  const lockedBlocks: Record<string, number> = {}
  for (const l of form.lockedBlocks) lockedBlocks[String(l.blockId)] = l.schoolId
  return {
    cycleId,
    name: form.name.trim() || null,
    kind: form.kind,
    groupSize: form.kind === 'MULTI' ? form.groupSize : null,
    maxMovedShare: form.capPercent === null ? null : Math.round(form.capPercent * 100) / 10_000,
    basis: form.basis,
    timeLimitSeconds: form.timeLimitSeconds,
    lockedBlocks,
    lockedSchools: [...form.lockedSchools],
  } as GenerateRequest
}

/** A proposal's options back in the form, to add a lock and solve again; a REPLACED zoning has none. */
export function formOf(p: Proposal): GenerateForm | null {
  const o = p.options
  if (!o) return null
  return {
    name: '',
    kind: o.kind,
    groupSize: o.groupSize ?? 3,
    capPercent:
      o.maxMovedShare === null || o.maxMovedShare === undefined ? null : Math.round(o.maxMovedShare * 10_000) / 100,
    basis: o.basis,
    timeLimitSeconds: o.timeLimitSeconds,
    lockedBlocks: o.lockedBlocks.map((l) => ({ blockId: l.block.id, schoolId: l.school.id })),
    lockedSchools: o.lockedSchools.map((s) => s.id),
  }
}

/** Locks a block to a school; a block has one lock, the newest. */
export function withBlockLock(locks: readonly BlockLock[], blockId: number, schoolId: number): BlockLock[] {
  return [...locks.filter((l) => l.blockId !== blockId), { blockId, schoolId }]
}

/** Metres as people read them: 850 m, 1.2 km. */
export function distance(metres: number | null | undefined): string {
  if (metres === null || metres === undefined || !Number.isFinite(metres)) return '—'
  return metres < 1000 ? `${Math.round(metres)} m` : `${(metres / 1000).toFixed(metres < 10_000 ? 2 : 1)} km`
}

export function percent(share: number | null | undefined, digits = 1): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return '—'
  return `${(share * 100).toFixed(digits)}%`
}

/** Schools whose expected children after the proposal exceed their seats (0.05 of rounding allowed). */
export function schoolsOverSeats(p: Proposal): number {
  return (p.comparison?.schools ?? []).filter((s) => s.after > s.seats + 0.05).length
}

/** Comparing makes sense for 2–5 proposals; more is cut to the first five ticked. */
export const MAX_COMPARED = 5
export function compared(ids: readonly number[]): number[] {
  return ids.slice(0, MAX_COMPARED)
}
