import { describe, expect, it } from 'vitest'
import type { ActionView } from '@/api/governance'
import { actionColumns, beijingToday, daysBetween, dueWords } from './board'

function action(id: number, over: Partial<ActionView> = {}): ActionView {
  return {
    id,
    version: 0,
    bodyId: 1,
    districtId: 1,
    districtName: '长安街学区',
    meetingId: 1,
    agendaItemId: 1,
    title: `事项 ${id}`,
    detail: null,
    ownerUnitId: 10,
    ownerUnitName: '某校',
    ownerPerson: null,
    dueDate: '2026-12-10',
    status: 'OPEN',
    linkKind: null,
    linkId: null,
    linkLabel: null,
    progressNote: null,
    doneOn: null,
    overdue: false,
    escalated: false,
    escalatedAt: null,
    steps: ['START'],
    ...over,
  }
}

describe('the action board', () => {
  it('has a column per state, overdue cards first, then the nearest due date', () => {
    const cols = actionColumns([
      action(1, { dueDate: '2026-12-20' }),
      action(2, { dueDate: '2026-11-01', overdue: true }),
      action(3, { dueDate: '2026-12-05' }),
      action(4, { status: 'IN_PROGRESS', dueDate: '2026-10-01', overdue: true }),
      action(5, { status: 'DONE', doneOn: '2026-11-02' }),
      action(6, { status: 'CANCELLED' }),
    ])
    expect(cols.map((c) => c.status)).toEqual(['OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED'])
    expect(cols[0]!.cards.map((c) => c.id)).toEqual([2, 3, 1])
    expect(cols[0]!.overdue).toBe(1)
    expect(cols[1]!.overdue).toBe(1)
    expect(cols[3]!.cards.map((c) => c.id)).toEqual([6])
  })

  it('can hide the cancelled column', () => {
    expect(actionColumns([action(1)], true).map((c) => c.status)).toEqual(['OPEN', 'IN_PROGRESS', 'DONE'])
  })

  it('says how overdue or how near an undone action is, and nothing for a done one', () => {
    const today = '2026-12-04'
    expect(dueWords(action(1, { dueDate: '2026-11-30', overdue: true }), today)).toEqual({ kind: 'overdue', days: 4 })
    expect(dueWords(action(1, { dueDate: '2026-12-04' }), today)).toEqual({ kind: 'today', days: 0 })
    expect(dueWords(action(1, { dueDate: '2026-12-10' }), today)).toEqual({ kind: 'due', days: 6 })
    expect(dueWords(action(1, { status: 'DONE', dueDate: '2026-11-01' }), today).kind).toBe('none')
    // The server's flag wins even on the due day (its sweep ran on a later Beijing date).
    expect(dueWords(action(1, { dueDate: '2026-12-04', overdue: true }), today)).toEqual({ kind: 'overdue', days: 1 })
  })

  it('counts days across months and takes the Beijing date', () => {
    expect(daysBetween('2026-02-27', '2026-03-02')).toBe(3)
    expect(beijingToday(new Date('2026-12-04T17:30:00Z'))).toBe('2026-12-05')
    expect(beijingToday(new Date('2026-12-04T15:30:00Z'))).toBe('2026-12-04')
  })
})
