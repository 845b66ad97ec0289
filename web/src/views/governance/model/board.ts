/**
 * The district's action board (决议事项): one column per state, overdue cards first and marked in words as
 * well as in red (colour alone says nothing to a screen reader or a grey-scale print).
 */
import type { ActionStatus, ActionView } from '@/api/governance'

export interface ActionColumn {
  status: ActionStatus
  cards: ActionView[]
  overdue: number
}

export const ACTION_COLUMNS: readonly ActionStatus[] = ['OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED']

/** Cards per column: overdue first, then the nearest due date, then the newest. */
export function actionColumns(actions: readonly ActionView[], hideCancelled = false): ActionColumn[] {
  return ACTION_COLUMNS.filter((s) => !(hideCancelled && s === 'CANCELLED')).map((status) => {
    const cards = actions.filter((a) => a.status === status).sort(compare)
    return { status, cards, overdue: cards.filter((c) => c.overdue).length }
  })
}

function compare(a: ActionView, b: ActionView): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1
  if (a.dueDate !== b.dueDate) return a.dueDate < b.dueDate ? -1 : 1
  return b.id - a.id
}

/** Whole days from `from` to `to` (YYYY-MM-DD), calendar dates without time zones. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.UTC(...ymd(to)) - Date.UTC(...ymd(from))) / 86_400_000)
}

function ymd(s: string): [number, number, number] {
  const [y, m, d] = s.split('-').map(Number)
  return [y!, m! - 1, d!]
}

/** Today in Beijing as YYYY-MM-DD (the server's sweep counts days by the Beijing date). */
export function beijingToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10)
}

/** "逾期 N 天" / "剩 N 天" / "今天到期": the due date in words, for undone actions. */
export function dueWords(a: ActionView, today: string): { kind: 'overdue' | 'today' | 'due' | 'none'; days: number } {
  if (a.status === 'DONE' || a.status === 'CANCELLED') return { kind: 'none', days: 0 }
  const left = daysBetween(today, a.dueDate)
  if (a.overdue || left < 0) return { kind: 'overdue', days: Math.max(1, -left) }
  if (left === 0) return { kind: 'today', days: 0 }
  return { kind: 'due', days: left }
}
