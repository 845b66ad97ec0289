import { describe, expect, it } from 'vitest'
import { arithmetic, type SchoolRow } from './workforceRotation'

const school = (name: string, pupils: number, backboneBefore: number, backboneAfter: number): SchoolRow => ({
  unitId: name.length,
  name,
  pupils,
  pupilsEstimated: false,
  teachers: 20,
  backboneBefore,
  backboneAfter,
  peArtBefore: 2,
  peArtAfter: 2,
  maxOut: 2,
  maxIn: 2,
  needs: {},
})

describe('the CV working shown behind each figure', () => {
  const schools = [school('甲', 500, 4, 2), school('乙', 500, 0, 2), school('丙', 500, 2, 2)]

  it('recomputes the pupil-weighted CV of the balance calculator: 4-0-2 is √(8/3)/2, 2-2-2 is 0', () => {
    const before = arithmetic(schools, 'BACKBONE_TEACHERS', false)
    expect(before.mean).toBeCloseTo(0.4, 12)
    expect(before.rows.map((r) => r.value)).toEqual([0.8, 0, 0.4])
    expect(before.cv).toBeCloseTo(Math.sqrt(8 / 3) / 2, 12)
    expect(arithmetic(schools, 'BACKBONE_TEACHERS', true).cv).toBe(0)
  })

  it('weighs schools by their pupils and counts a zero mean as CV 0', () => {
    const weighted = arithmetic([school('大', 900, 9, 9), school('小', 100, 0, 0)], 'BACKBONE_TEACHERS', false)
    expect(weighted.mean).toBeCloseTo(0.9, 12)
    expect(weighted.sd).toBeCloseTo(Math.sqrt(0.9 * 0.01 + 0.1 * 0.81), 12)
    expect(arithmetic([school('空', 100, 0, 0)], 'BACKBONE_TEACHERS', false).cv).toBe(0)
  })
})
