import { describe, expect, it } from 'vitest'
import { monthGrid, shiftMonth } from './calendar'
import { termOf, termOptions } from './term'

describe('the inspections calendar', () => {
  it('covers the month in Monday-first weeks and puts each visit on its day', () => {
    const cells = monthGrid('2026-12', [{ visitedOn: '2026-12-04' }, { visitedOn: '2026-12-04' }])
    expect(cells[0]!.date).toBe('2026-11-30')
    expect(cells.length % 7).toBe(0)
    expect(cells.at(-1)!.date).toBe('2027-01-03')
    expect(cells.find((c) => c.date === '2026-12-04')!.items).toHaveLength(2)
    expect(cells.find((c) => c.date === '2026-11-30')!.inMonth).toBe(false)
  })

  it('moves between months across years', () => {
    expect(shiftMonth('2026-12', 1)).toBe('2027-01')
    expect(shiftMonth('2026-01', -1)).toBe('2025-12')
  })

  it('counts terms as the server does (semester 1 from September to January)', () => {
    expect(termOf(new Date(2026, 11, 4))).toEqual({ schoolYear: 2026, semester: 1 })
    expect(termOf(new Date(2027, 0, 20))).toEqual({ schoolYear: 2026, semester: 1 })
    expect(termOf(new Date(2027, 2, 1))).toEqual({ schoolYear: 2026, semester: 2 })
    expect(termOptions(new Date(2026, 11, 4)).map((o) => o.key)).toEqual([
      '2026-2',
      '2026-1',
      '2025-2',
      '2025-1',
      '2024-2',
    ])
  })
})
