import { describe, expect, it } from 'vitest'
import type { ConditionsRow } from '@/api/evaluation'
import { changePercent, emptyFigures, formatChange, formJumps, isJump, jumpOf } from './conditions'

function row(over: Partial<ConditionsRow> = {}): ConditionsRow {
  return {
    unitId: 1,
    unitName: '展览路小学',
    unitType: 'PRIMARY',
    districtId: 3,
    districtName: '展览路学区',
    year: 2025,
    figures: { ...emptyFigures(), teachers: 90, books: 30000 },
    previous: { ...emptyFigures(), teachers: 60, books: 29000 },
    jumps: [],
    updatedAt: null,
    version: 1,
    ...over,
  }
}

describe('year-on-year jumps', () => {
  it('flags changes of 50 % or more either way, and a figure appearing from 0', () => {
    expect(changePercent(60, 90)).toBe(50)
    expect(isJump(changePercent(60, 90))).toBe(true)
    expect(isJump(changePercent(100, 51))).toBe(false)
    expect(isJump(changePercent(100, 50))).toBe(true)
    expect(changePercent(0, 5)).toBe(Infinity)
    expect(changePercent(0, 0)).toBeNull()
    expect(changePercent(null, 5)).toBeNull()
  })

  it('takes the server’s jump when it sent one, else works it out from the two years', () => {
    const sent = { field: 'books' as const, previous: 1, current: 2, changePercent: 100 }
    expect(jumpOf(row({ jumps: [sent] }), 'books')).toBe(sent)
    expect(jumpOf(row(), 'teachers')).toEqual({ field: 'teachers', previous: 60, current: 90, changePercent: 50 })
    expect(jumpOf(row(), 'books')).toBeNull()
    expect(jumpOf(row({ previous: null }), 'teachers')).toBeNull()
  })

  it('lists the jumps of a form being edited and writes the change with its sign', () => {
    const prev = { ...emptyFigures(), teachers: 100 }
    expect(formJumps(prev, { ...emptyFigures(), teachers: 40 }).map((j) => j.field)).toEqual(['teachers'])
    expect(formJumps(null, emptyFigures())).toEqual([])
    expect(formatChange(62.5)).toBe('+62.5%')
    expect(formatChange(-60)).toBe('−60.0%')
    expect(formatChange(Infinity)).toBe('+∞')
  })
})
