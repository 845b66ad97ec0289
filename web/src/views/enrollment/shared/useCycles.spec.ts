import { describe, expect, it } from 'vitest'
import type { Cycle } from '@/api/enrollment'
import type { SchoolDistrict } from '@/api/types'
import { defaultCycleId, districtsFor } from './useCycles'

const cycle = (id: number, open: boolean, level: Cycle['level'] = 'PRIMARY') => ({ id, open, level }) as Cycle
const district = (id: number, kind: SchoolDistrict['kind']) => ({ id, kind }) as SchoolDistrict

describe('cycle selection', () => {
  it('prefers the cycle picked last, then the newest open one, then the newest', () => {
    const list = [cycle(9, false), cycle(8, true), cycle(7, true)]
    expect(defaultCycleId(list, 7)).toBe(7)
    expect(defaultCycleId(list, 42)).toBe(8)
    expect(defaultCycleId(list, null)).toBe(8)
    expect(defaultCycleId([cycle(3, false), cycle(2, false)], null)).toBe(3)
    expect(defaultCycleId([], null)).toBeNull()
  })

  it('offers the districts of the cycle level, or all when none match', () => {
    const all = [district(1, 'PRIMARY'), district(2, 'JUNIOR'), district(3, 'PRESCHOOL')]
    expect(districtsFor(all, cycle(1, true, 'JUNIOR')).map((d) => d.id)).toEqual([2])
    expect(districtsFor([district(3, 'PRESCHOOL')], cycle(1, true)).map((d) => d.id)).toEqual([3])
    expect(districtsFor(all, null)).toHaveLength(3)
  })
})
