/** Conditions census helpers: jump flags beside each figure, the empty form. Pure. */
import {
  CONDITIONS_FIELDS,
  type ConditionsField,
  type ConditionsFigures,
  type ConditionsJump,
  type ConditionsRow,
} from '@/api/evaluation'

/** A change of at least this many percent from the previous year is flagged (API.md: |change| ≥ 50 %). */
export const JUMP_PERCENT = 50

export function emptyFigures(): ConditionsFigures {
  return Object.fromEntries(CONDITIONS_FIELDS.map((f) => [f, 0])) as ConditionsFigures
}

/**
 * The change from `previous` to `current` in percent, or null when there is nothing to compare
 * (no previous figure, or a previous 0 with a current 0). From 0 to anything is +Infinity.
 */
export function changePercent(previous: number | null | undefined, current: number | null | undefined): number | null {
  if (previous === null || previous === undefined || current === null || current === undefined) return null
  if (previous === 0) return current === 0 ? null : Infinity
  return ((current - previous) / previous) * 100
}

export function isJump(percent: number | null): boolean {
  return percent !== null && Math.abs(percent) >= JUMP_PERCENT
}

/**
 * The jump of one field of a row: the server's (it has the exact figures) when it sent one,
 * else computed from the row's previous and current figures.
 */
export function jumpOf(
  row: Pick<ConditionsRow, 'jumps' | 'figures' | 'previous'>,
  field: ConditionsField,
): ConditionsJump | null {
  const sent = row.jumps.find((j) => j.field === field)
  if (sent) return sent
  const previous = row.previous?.[field]
  const current = row.figures?.[field]
  const pct = changePercent(previous, current)
  if (!isJump(pct)) return null
  return { field, previous: previous!, current: current!, changePercent: pct! }
}

/** Jumps a form would produce against last year's figures (shown live while editing). */
export function formJumps(previous: ConditionsFigures | null, figures: ConditionsFigures): ConditionsJump[] {
  if (!previous) return []
  const out: ConditionsJump[] = []
  for (const field of CONDITIONS_FIELDS) {
    const pct = changePercent(previous[field], figures[field])
    if (isJump(pct)) out.push({ field, previous: previous[field], current: figures[field], changePercent: pct! })
  }
  return out
}

/** "+62.5%", "−50.0%", "+∞" for a jump from 0. */
export function formatChange(percent: number): string {
  if (!Number.isFinite(percent)) return '+∞'
  const sign = percent > 0 ? '+' : percent < 0 ? '−' : ''
  return `${sign}${Math.abs(percent).toFixed(1)}%`
}

/** Groups of the form, so that it reads like the paper census. */
export const FIELD_GROUPS: { key: string; fields: ConditionsField[] }[] = [
  { key: 'pupils', fields: ['primaryPupils', 'juniorPupils', 'seniorPupils', 'classes'] },
  {
    key: 'teachers',
    fields: ['teachers', 'qualifiedTeachers', 'seniorTitleTeachers', 'backboneTeachers', 'peArtTeachers'],
  },
  {
    key: 'facilities',
    fields: ['teachingAreaM2', 'sportsAreaM2', 'equipmentYuan', 'multimediaRooms', 'books', 'computers'],
  },
]
