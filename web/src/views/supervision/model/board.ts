/**
 * The findings board (kanban): one column per stage of the loop, overdue cards first and marked,
 * relapses marked. ESCALATED and REOPENED get their own columns because different people act on them
 * (the commission orders; the unit answers again).
 */
import type { FindingStatus, FindingView, InspectionSummary, Step } from '@/api/supervision'

export interface BoardColumn {
  status: FindingStatus
  cards: FindingView[]
  overdue: number
}

export const COLUMN_ORDER: readonly FindingStatus[] = [
  'OPEN',
  'ESCALATED',
  'ORDERED',
  'REOPENED',
  'ANSWERED',
  'RECHECKED',
  'CLOSED',
]

/** Cards in each column: overdue first, then the nearest deadline, then the newest finding. */
export function boardColumns(findings: readonly FindingView[], hideClosed = false): BoardColumn[] {
  return COLUMN_ORDER.filter((s) => !(hideClosed && s === 'CLOSED')).map((status) => {
    const cards = findings.filter((f) => f.status === status).sort(compareCards)
    return { status, cards, overdue: cards.filter((c) => c.overdue).length }
  })
}

function compareCards(a: FindingView, b: FindingView): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1
  const da = a.order?.deadline ?? '9999-12-31'
  const db = b.order?.deadline ?? '9999-12-31'
  if (da !== db) return da < db ? -1 : 1
  if (a.foundOn !== b.foundOn) return a.foundOn < b.foundOn ? 1 : -1
  return b.id - a.id
}

/** The steps the board offers as buttons: those the server says the caller may take now, EDIT last. */
export function offeredSteps(f: FindingView): Step[] {
  return [...f.steps.filter((s) => s !== 'EDIT'), ...f.steps.filter((s) => s === 'EDIT')]
}

/**
 * The visits a recheck can link back to: the unit's submitted inspections by inspectors since the order (or
 * since the finding), newest first; the first is the one offered.
 */
export function recheckVisits(f: FindingView, inspections: readonly InspectionSummary[]): InspectionSummary[] {
  const since = (f.order?.orderedAt || f.foundOn).slice(0, 10)
  return inspections
    .filter(
      (i) =>
        i.unitId === f.unitId &&
        i.conductedBy === 'INSPECTOR' &&
        i.status === 'SUBMITTED' &&
        i.id !== f.inspectionId &&
        i.visitedOn >= since,
    )
    .sort((a, b) => (a.visitedOn === b.visitedOn ? b.id - a.id : a.visitedOn < b.visitedOn ? 1 : -1))
}

/** "逾期 N 天" / "剩 N 天": the deadline in words, besides the colour. */
export function deadlineWords(f: FindingView): { kind: 'overdue' | 'due' | 'none'; days: number } {
  if (!f.order || f.status === 'CLOSED' || f.daysLeft === null) return { kind: 'none', days: 0 }
  if (f.overdue || f.daysLeft < 0) return { kind: 'overdue', days: Math.abs(Math.min(f.daysLeft, 0)) }
  return { kind: 'due', days: f.daysLeft }
}
