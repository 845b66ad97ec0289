import { describe, expect, it } from 'vitest'
import type { Suggestion } from '@/api/evaluation'
import { balanceView, indicator, school } from './fixtures'
import {
  addChange,
  changeErrors,
  changeProblem,
  compareIndicators,
  compareSchools,
  removeChange,
  resourceOf,
  suggestionToChange,
  toRequestChanges,
} from './whatIf'

describe('what-if change list', () => {
  it('adds the same move up instead of listing it twice, and removes by key', () => {
    let list = addChange([], { kind: 'MOVE', indicator: 'BACKBONE_TEACHERS', fromUnitId: 1, toUnitId: 2, amount: 1 })
    list = addChange(list, { kind: 'MOVE', indicator: 'BACKBONE_TEACHERS', fromUnitId: 1, toUnitId: 2, amount: 2 })
    list = addChange(list, { kind: 'ADD', indicator: 'EQUIPMENT_YUAN', fromUnitId: 9, toUnitId: 2, amount: 100000 })
    expect(list).toHaveLength(2)
    expect(list[0]!.amount).toBe(3)
    // ADD has no source school.
    expect(list[1]!.fromUnitId).toBeNull()
    expect(toRequestChanges(list)).toEqual([
      { kind: 'MOVE', indicator: 'BACKBONE_TEACHERS', fromUnitId: 1, toUnitId: 2, amount: 3 },
      { kind: 'ADD', indicator: 'EQUIPMENT_YUAN', fromUnitId: null, toUnitId: 2, amount: 100000 },
    ])
    expect(removeChange(list, list[0]!.key)).toHaveLength(1)
  })

  it('puts the server’s 400 reasons on the change at that position of the request', () => {
    let list = addChange([], { kind: 'MOVE', indicator: 'BACKBONE_TEACHERS', fromUnitId: 1, toUnitId: 2, amount: 9 })
    list = addChange(list, { kind: 'ADD', indicator: 'EQUIPMENT_YUAN', fromUnitId: null, toUnitId: 2, amount: 1 })
    const e = changeErrors(list, [
      { field: 'changes[0].amount', reason: '超过该校现有数量' },
      { field: 'changes[1].toUnitId', reason: '不在范围内' },
      { field: 'year', reason: '学年有误' },
    ])
    expect(e.byKey[list[0]!.key]).toEqual(['超过该校现有数量'])
    expect(e.byKey[list[1]!.key]).toEqual(['不在范围内'])
    expect(e.other).toEqual(['学年有误'])
  })

  it('refuses moves without a source, to the same school, or of nothing', () => {
    expect(changeProblem({ kind: 'MOVE', indicator: 'BACKBONE_TEACHERS', toUnitId: 2, amount: 1 })).toBe('from')
    expect(changeProblem({ kind: 'MOVE', fromUnitId: 2, toUnitId: 2, amount: 1 })).toBe('same')
    expect(changeProblem({ kind: 'ADD', toUnitId: 2, amount: 0 })).toBe('amount')
    expect(changeProblem({ kind: 'ADD', amount: 3 })).toBe('to')
    expect(changeProblem({ kind: 'ADD', toUnitId: 2, amount: 3 })).toBeNull()
  })

  it('turns a suggestion into a change for the list', () => {
    const s = {
      change: {
        kind: 'MOVE',
        indicator: 'BACKBONE_TEACHERS',
        fromUnitId: 1,
        fromUnitName: 'A',
        toUnitId: 2,
        toUnitName: 'B',
        amount: 2,
      },
    } as Suggestion
    expect(suggestionToChange(s)).toEqual({
      kind: 'MOVE',
      indicator: 'BACKBONE_TEACHERS',
      fromUnitId: 1,
      toUnitId: 2,
      amount: 2,
    })
  })

  it('knows how much of a resource a school has', () => {
    expect(resourceOf(balanceView(), 1, 'BACKBONE_TEACHERS')).toBe(3.7)
    expect(resourceOf(balanceView(), 99, 'BACKBONE_TEACHERS')).toBeNull()
  })
})

describe('before → after', () => {
  it('compares each indicator’s CV and school results, changed schools first', () => {
    const before = balanceView()
    const after = balanceView({
      indicators: [indicator({ cv: 0.45, passes: true }), before.indicators[1]!],
      schoolRows: [school(), school({ unitId: 2, unitName: '黄城根小学', met: 6, passes: true })],
    })
    const rows = compareIndicators({ before, after })
    expect(rows[0]).toMatchObject({ indicator: 'BACKBONE_TEACHERS', cvBefore: 0.62, cvAfter: 0.45, passesAfter: true })
    expect(rows[0]!.delta).toBeCloseTo(-0.17)
    const schools = compareSchools({ before, after })
    expect(schools.map((s) => [s.unitId, s.transition])).toEqual([
      [2, 'fixed'],
      [1, 'still-passing'],
    ])
  })
})
