/**
 * The arithmetic of one coefficient of variation, laid out for the drawer: every school's term,
 * the sums, and each step of the formula with the numbers put in. Pure.
 *
 *   X̄ = Σ resource / Σ pupils × scale,  wᵢ = Pᵢ / P,  CV = √(Σ wᵢ (Xᵢ − X̄)²) / X̄
 */
import type { Arithmetic, ArithmeticTerm } from '@/api/evaluation'
import { basisScale, formatCv, formatNumber } from './format'

export interface ArithmeticRow extends ArithmeticTerm {
  /** Position in the table, 1-based. */
  index: number
  /** (Xᵢ − X̄)², shown between the deviation and the weighted square. */
  square: number
}

export interface ArithmeticSums {
  pupils: number
  resource: number
  weight: number
  weightedSquare: number
}

export interface ArithmeticLayout {
  rows: ArithmeticRow[]
  sums: ArithmeticSums
  scale: number
  /** X̄ recomputed from the sums, to show the server's figure is the formula's. */
  mean: number
  variance: number
  sd: number
  cv: number
  /** The recomputed CV differs from the server's by more than rounding: say so rather than hide it. */
  mismatch: boolean
  steps: { mean: string; variance: string; sd: string; cv: string }
}

/** Rows in the server's order, with their squares; sums over all rows. */
export function arithmeticRows(terms: readonly ArithmeticTerm[]): ArithmeticRow[] {
  return terms.map((t, i) => ({ ...t, index: i + 1, square: t.deviation * t.deviation }))
}

export function arithmeticSums(terms: readonly ArithmeticTerm[]): ArithmeticSums {
  return terms.reduce<ArithmeticSums>(
    (s, t) => ({
      pupils: s.pupils + t.pupils,
      resource: s.resource + t.resource,
      weight: s.weight + t.weight,
      weightedSquare: s.weightedSquare + t.weightedSquare,
    }),
    { pupils: 0, resource: 0, weight: 0, weightedSquare: 0 },
  )
}

export function layoutArithmetic(a: Arithmetic): ArithmeticLayout {
  const rows = arithmeticRows(a.terms)
  const sums = arithmeticSums(a.terms)
  const scale = basisScale(a.basis)
  const resource = a.terms.length ? sums.resource : a.totalResource
  const pupils = a.terms.length ? sums.pupils : a.totalPupils
  const mean = pupils > 0 ? (resource / pupils) * scale : 0
  const variance = a.terms.length ? sums.weightedSquare : a.variance
  const sd = Math.sqrt(variance)
  const cv = mean > 0 ? sd / mean : 0
  const mismatch = Math.abs(cv - a.cv) > 0.0005
  const scaleText = scale === 100 ? ' × 100' : ''
  return {
    rows,
    sums,
    scale,
    mean,
    variance,
    sd,
    cv,
    mismatch,
    steps: {
      mean: `X̄ = ${formatNumber(resource, 2)} / ${formatNumber(pupils, 0)}${scaleText} = ${formatNumber(a.mean, 4)}`,
      variance: `Σ wᵢ(Xᵢ − X̄)² = ${formatNumber(a.variance, 4)}`,
      sd: `S = √${formatNumber(a.variance, 4)} = ${formatNumber(a.sd, 4)}`,
      cv: `CV = S / X̄ = ${formatNumber(a.sd, 4)} / ${formatNumber(a.mean, 4)} = ${formatCv(a.cv)}`,
    },
  }
}
