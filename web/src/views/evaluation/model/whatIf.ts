/** The what-if change list and the before → after comparison. Pure. */
import type {
  BalanceChange,
  BalanceSchoolRow,
  BalanceView,
  Indicator,
  Suggestion,
  WhatIfResult,
} from '@/api/evaluation'

export interface DraftChange extends BalanceChange {
  /** Stable key for the list (v-for, removal). */
  key: string
}

export type ChangeProblem = 'amount' | 'from' | 'same' | 'to'

function keyOf(c: BalanceChange): string {
  return `${c.kind}:${c.indicator}:${c.fromUnitId ?? '-'}:${c.toUnitId}`
}

/** What is wrong with a change before it is sent (null: nothing). */
export function changeProblem(
  c: Partial<Omit<BalanceChange, 'toUnitId'>> & { toUnitId?: number | null },
): ChangeProblem | null {
  if (!c.toUnitId) return 'to'
  if (c.kind === 'MOVE') {
    if (!c.fromUnitId) return 'from'
    if (c.fromUnitId === c.toUnitId) return 'same'
  }
  if (!(typeof c.amount === 'number' && Number.isFinite(c.amount) && c.amount > 0)) return 'amount'
  return null
}

/**
 * Adds a change to the list. The same move (or addition) again adds up with the one already listed,
 * so the list says "move 3" instead of "move 1, move 2". ADD drops any `fromUnitId`.
 */
export function addChange(list: readonly DraftChange[], change: BalanceChange): DraftChange[] {
  const c: BalanceChange = { ...change, fromUnitId: change.kind === 'ADD' ? null : change.fromUnitId }
  const key = keyOf(c)
  const existing = list.find((d) => d.key === key)
  if (existing) return list.map((d) => (d.key === key ? { ...d, amount: round(d.amount + c.amount) } : d))
  return [...list, { ...c, key }]
}

export function removeChange(list: readonly DraftChange[], key: string): DraftChange[] {
  return list.filter((d) => d.key !== key)
}

/** The request body's changes, without the console's keys. */
export function toRequestChanges(list: readonly DraftChange[]): BalanceChange[] {
  return list.map(({ kind, indicator, fromUnitId, toUnitId, amount }) => ({
    kind,
    indicator,
    fromUnitId: kind === 'MOVE' ? fromUnitId : null,
    toUnitId,
    amount,
  }))
}

export function suggestionToChange(s: Suggestion): BalanceChange {
  const { kind, indicator, fromUnitId, toUnitId, amount } = s.change
  return { kind, indicator, fromUnitId: kind === 'MOVE' ? fromUnitId : null, toUnitId, amount }
}

/**
 * The what-if 400's reasons by change: the server names `changes[i].amount`, `changes[i].fromUnitId`
 * or `changes[i].toUnitId`, i the change's position in the request (the list's order). Reasons it
 * cannot place on a change go under `other`.
 */
export function changeErrors(
  list: readonly DraftChange[],
  errors: readonly { field?: string; reason: string }[],
): { byKey: Record<string, string[]>; other: string[] } {
  const byKey: Record<string, string[]> = {}
  const other: string[] = []
  for (const { field, reason } of errors) {
    const at = /^changes\[(\d+)\]/.exec(field ?? '')
    const change = at ? list[Number(at[1])] : undefined
    if (change) (byKey[change.key] ??= []).push(reason)
    else other.push(reason)
  }
  return { byKey, other }
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6
}

export interface IndicatorComparison {
  indicator: Indicator
  name: { zh: string; en: string }
  cvBefore: number
  cvAfter: number
  threshold: number | null
  passesBefore: boolean
  passesAfter: boolean
  /** cvAfter − cvBefore: negative is better. */
  delta: number
}

export function compareIndicators(r: WhatIfResult): IndicatorComparison[] {
  const after = new Map(r.after.indicators.map((i) => [i.indicator, i]))
  return r.before.indicators.map((b) => {
    const a = after.get(b.indicator) ?? b
    return {
      indicator: b.indicator,
      name: { zh: b.nameZh, en: b.nameEn },
      cvBefore: b.cv,
      cvAfter: a.cv,
      threshold: a.threshold ?? b.threshold,
      passesBefore: b.passes,
      passesAfter: a.passes,
      delta: round(a.cv - b.cv),
    }
  })
}

export type SchoolTransition = 'fixed' | 'broken' | 'still-passing' | 'still-failing'

export interface SchoolComparison {
  unitId: number
  unitName: string
  metBefore: number
  metAfter: number
  passesBefore: boolean
  passesAfter: boolean
  transition: SchoolTransition
}

function transition(before: boolean, after: boolean): SchoolTransition {
  if (before && after) return 'still-passing'
  if (!before && !after) return 'still-failing'
  return after ? 'fixed' : 'broken'
}

/** Schools whose result changed first (fixed, then broken), then the rest by name order of `before`. */
export function compareSchools(r: WhatIfResult): SchoolComparison[] {
  const after = new Map<number, BalanceSchoolRow>(r.after.schoolRows.map((s) => [s.unitId, s]))
  const order: Record<SchoolTransition, number> = { fixed: 0, broken: 1, 'still-failing': 2, 'still-passing': 3 }
  return r.before.schoolRows
    .map((b) => {
      const a = after.get(b.unitId) ?? b
      return {
        unitId: b.unitId,
        unitName: b.unitName,
        metBefore: b.met,
        metAfter: a.met,
        passesBefore: b.passes,
        passesAfter: a.passes,
        transition: transition(b.passes, a.passes),
      }
    })
    .map((s, i) => ({ s, i }))
    .sort((x, y) => order[x.s.transition] - order[y.s.transition] || x.i - y.i)
    .map(({ s }) => s)
}

/** The verdict line: CV test and school counts, before and after. */
export function verdictChange(r: WhatIfResult): {
  cvBefore: boolean
  cvAfter: boolean
  passingBefore: number
  passingAfter: number
} {
  return {
    cvBefore: r.before.cvPasses,
    cvAfter: r.after.cvPasses,
    passingBefore: r.before.schoolsPassing,
    passingAfter: r.after.schoolsPassing,
  }
}

/** Schools of a balance view as select options (what-if "from" and "to"). */
export function schoolOptions(view: BalanceView | null): { value: number; label: string }[] {
  return (view?.schoolRows ?? []).map((s) => ({ value: s.unitId, label: s.unitName }))
}

/** What school A has of an indicator's resource (a move may not take more). */
export function resourceOf(view: BalanceView | null, unitId: number | null, indicator: Indicator): number | null {
  if (!view || !unitId) return null
  const row = view.schoolRows.find((s) => s.unitId === unitId)
  return row?.values.find((v) => v.indicator === indicator)?.resource ?? null
}
