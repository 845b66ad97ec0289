import { describe, expect, it } from 'vitest'
import type { Arithmetic } from '@/api/evaluation'
import { layoutArithmetic } from './arithmetic'

/** Two schools, backbone teachers per 100 pupils: 6/600 → 1.0 and 2/400 → 0.5; X̄ = 8/1000 × 100 = 0.8. */
function example(): Arithmetic {
  const mean = 0.8
  const terms = [
    { unitId: 1, unitName: 'A', pupils: 600, resource: 6, value: 1.0, weight: 0.6 },
    { unitId: 2, unitName: 'B', pupils: 400, resource: 2, value: 0.5, weight: 0.4 },
  ].map((t) => ({ ...t, deviation: t.value - mean, weightedSquare: t.weight * (t.value - mean) ** 2 }))
  const variance = terms.reduce((s, t) => s + t.weightedSquare, 0)
  const sd = Math.sqrt(variance)
  return {
    indicator: 'BACKBONE_TEACHERS',
    nameZh: '每百名学生拥有县级及以上骨干教师数',
    nameEn: 'County-level backbone teachers per 100 pupils',
    basis: 'PER_100_PUPILS',
    formula: 'CV = √Σ(Pᵢ/P)(Xᵢ−X̄)² / X̄',
    totalResource: 8,
    totalPupils: 1000,
    mean,
    variance,
    sd,
    cv: sd / mean,
    threshold: 0.5,
    terms,
  }
}

describe('CV arithmetic layout', () => {
  it('numbers the terms, adds their squares and sums the columns', () => {
    const l = layoutArithmetic(example())
    expect(l.rows.map((r) => r.index)).toEqual([1, 2])
    expect(l.rows[0]!.square).toBeCloseTo(0.04)
    expect(l.rows[1]!.square).toBeCloseTo(0.09)
    expect(l.sums.pupils).toBe(1000)
    expect(l.sums.resource).toBe(8)
    expect(l.sums.weight).toBeCloseTo(1)
    // 0.6 × 0.04 + 0.4 × 0.09 = 0.06
    expect(l.sums.weightedSquare).toBeCloseTo(0.06)
  })

  it('recomputes the mean and the CV from the terms and agrees with the server', () => {
    const l = layoutArithmetic(example())
    expect(l.scale).toBe(100)
    expect(l.mean).toBeCloseTo(0.8)
    expect(l.cv).toBeCloseTo(Math.sqrt(0.06) / 0.8)
    expect(l.mismatch).toBe(false)
    expect(l.steps.mean).toBe('X̄ = 8 / 1,000 × 100 = 0.8')
    expect(l.steps.cv).toBe('CV = S / X̄ = 0.2449 / 0.8 = 0.306')
  })

  it('says so when the server’s CV is not what its own terms give', () => {
    expect(layoutArithmetic({ ...example(), cv: 0.5 }).mismatch).toBe(true)
  })
})
