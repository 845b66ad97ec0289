import { describe, expect, it } from 'vitest'
import type { FindingView } from '@/api/supervision'
import type { InspectionSummary } from '@/api/supervision'
import { boardColumns, COLUMN_ORDER, deadlineWords, offeredSteps, recheckVisits } from './board'

function finding(id: number, over: Partial<FindingView> = {}): FindingView {
  return {
    id,
    status: 'ORDERED',
    overdue: false,
    foundOn: '2026-10-01',
    daysLeft: 5,
    order: { owner: 'x', deadline: '2026-12-20', requirement: 'r', orderedAt: '', orderedBy: '' },
    steps: [],
    relapse: false,
    ...over,
  } as FindingView
}

describe('the findings board', () => {
  it('has a column per state of the loop, in the order of the loop', () => {
    expect(boardColumns([]).map((c) => c.status)).toEqual([...COLUMN_ORDER])
    expect(boardColumns([], true).map((c) => c.status)).not.toContain('CLOSED')
  })

  it('puts overdue cards first, then the nearest deadline, and counts the overdue', () => {
    const cards = [
      finding(1, { order: { owner: '', deadline: '2026-12-30', requirement: '', orderedAt: '', orderedBy: '' } }),
      finding(2, { overdue: true, daysLeft: -3 }),
      finding(3, { order: { owner: '', deadline: '2026-12-10', requirement: '', orderedAt: '', orderedBy: '' } }),
      finding(4, { status: 'OPEN', order: null, daysLeft: null }),
    ]
    const ordered = boardColumns(cards).find((c) => c.status === 'ORDERED')!
    expect(ordered.cards.map((c) => c.id)).toEqual([2, 3, 1])
    expect(ordered.overdue).toBe(1)
    expect(
      boardColumns(cards)
        .find((c) => c.status === 'OPEN')!
        .cards.map((c) => c.id),
    ).toEqual([4])
  })

  it('offers the steps the server allows, editing aside', () => {
    expect(offeredSteps(finding(1, { steps: ['EDIT', 'ESCALATE'] }))).toEqual(['ESCALATE', 'EDIT'])
    expect(offeredSteps(finding(1, { steps: [] }))).toEqual([])
  })

  it('puts the deadline in words as well as in colour', () => {
    expect(deadlineWords(finding(1, { overdue: true, daysLeft: -4 }))).toEqual({ kind: 'overdue', days: 4 })
    expect(deadlineWords(finding(1, { daysLeft: 6 }))).toEqual({ kind: 'due', days: 6 })
    expect(deadlineWords(finding(1, { status: 'CLOSED' }))).toEqual({ kind: 'none', days: 0 })
    expect(deadlineWords(finding(1, { order: null }))).toEqual({ kind: 'none', days: 0 })
  })

  it("offers as recheck visits the inspectors' submitted visits of the unit since the order, newest first", () => {
    const visit = (id: number, over: Partial<InspectionSummary>) =>
      ({
        id,
        unitId: 7,
        conductedBy: 'INSPECTOR',
        status: 'SUBMITTED',
        visitedOn: '2026-11-10',
        ...over,
      }) as InspectionSummary
    const f = finding(1, {
      unitId: 7,
      inspectionId: 3,
      order: { owner: 'x', deadline: '2026-12-20', requirement: 'r', orderedAt: '2026-11-01T02:00:00Z', orderedBy: '' },
    })
    const visits = [
      visit(3, { visitedOn: '2026-11-20' }), // the visit that found it
      visit(4, { visitedOn: '2026-10-20' }), // before the order
      visit(5, { visitedOn: '2026-11-12' }),
      visit(6, { visitedOn: '2026-11-15' }),
      visit(7, { visitedOn: '2026-11-16', conductedBy: 'UNIT' }), // self-supervision
      visit(8, { visitedOn: '2026-11-17', status: 'DRAFT' }),
      visit(9, { visitedOn: '2026-11-18', unitId: 8 }),
    ]
    expect(recheckVisits(f, visits).map((v) => v.id)).toEqual([6, 5])
  })
})
