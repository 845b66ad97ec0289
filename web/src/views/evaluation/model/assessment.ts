/** Annual assessment rules the console shows before the server would refuse. Pure. */
import type { Criterion, CriterionForm, CycleUnit, Measure } from '@/api/evaluation'

/** Why a unit's result cannot be finalised yet; null when it can. */
export type FinaliseBlock = 'final' | 'central-opinion-missing' | 'scores-missing'

/**
 * A member unit of a district with a central unit needs the central unit's opinion first
 * (409 `central-opinion-missing`), and every criterion needs a score (409 `scores-missing`).
 */
export function unitFinaliseBlock(unit: CycleUnit, criteria: readonly Pick<Criterion, 'id'>[]): FinaliseBlock | null {
  if (unit.state === 'FINAL') return 'final'
  if (unit.member && !unit.opinion) return 'central-opinion-missing'
  const scored = new Map(unit.scores.map((s) => [s.criterionId, s.score]))
  if (criteria.some((c) => scored.get(c.id) === null || scored.get(c.id) === undefined)) return 'scores-missing'
  return null
}

export interface CycleReadiness {
  ready: boolean
  total: number
  final: number
  /** Member units still without the central unit's opinion. */
  missingOpinion: number
  missingScores: number
}

/** The cycle finalises only when every unit is final. */
export function cycleReadiness(
  units: readonly CycleUnit[],
  criteria: readonly Pick<Criterion, 'id'>[],
): CycleReadiness {
  let final = 0
  let missingOpinion = 0
  let missingScores = 0
  for (const u of units) {
    const block = unitFinaliseBlock(u, criteria)
    if (block === 'final') final++
    else if (block === 'central-opinion-missing') missingOpinion++
    else if (block === 'scores-missing') missingScores++
  }
  return {
    ready: units.length > 0 && final === units.length,
    total: units.length,
    final,
    missingOpinion,
    missingScores,
  }
}

/** Sum of the criteria's weights (must be exactly 100). */
export function weightSum(criteria: readonly Pick<CriterionForm, 'weight'>[]): number {
  return Math.round(criteria.reduce((s, c) => s + (Number(c.weight) || 0), 0) * 1000) / 1000
}

export type SchemeProblem = 'name' | 'criteria-empty' | 'weights' | 'codes' | 'criterion'

/** What stops a scheme form from being sent; [] when nothing. */
export function schemeProblems(form: { name: string; criteria: readonly CriterionForm[] }): SchemeProblem[] {
  const out: SchemeProblem[] = []
  if (!form.name.trim()) out.push('name')
  if (form.criteria.length === 0) out.push('criteria-empty')
  else {
    if (weightSum(form.criteria) !== 100) out.push('weights')
    const codes = form.criteria.map((c) => c.code.trim())
    if (new Set(codes).size !== codes.length) out.push('codes')
    if (form.criteria.some((c) => !c.code.trim() || !c.nameZh.trim() || !(c.maxScore > 0) || !(c.weight > 0)))
      out.push('criterion')
  }
  return out
}

/** A score is entered as a number between 0 and the criterion's maximum (null: not yet). */
export function scoreError(score: number | null | undefined, maxScore: number): 'range' | null {
  if (score === null || score === undefined) return null
  return score < 0 || score > maxScore ? 'range' : null
}

export function blankCriterion(): CriterionForm {
  return { code: '', nameZh: '', nameEn: '', weight: 0, maxScore: 100, source: 'MANUAL' }
}

/** Measures of a plan: overdue ones first, then by deadline. */
export function sortMeasures(measures: readonly Measure[]): Measure[] {
  return [...measures].sort(
    (a, b) => Number(b.overdue) - Number(a.overdue) || a.deadline.localeCompare(b.deadline) || a.id - b.id,
  )
}
