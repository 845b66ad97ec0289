/**
 * The form's running subtotal per domain, as the server computes it (API.md, Scoring): a level earns
 * its share of the criterion's points (A 100 %, B 80 %, C 60 %, D 0 %), points count as entered.
 * Shown while scoring; the server's figure after saving is the one that counts.
 */
import { LEVEL_SHARE, type DraftContent, type RubricView } from '@/api/supervision'

export interface Subtotal {
  points: number
  maxPoints: number
  /** Criteria of the domain not scored yet. */
  missing: number
}

export function criterionPoints(
  scoring: 'LEVELS' | 'POINTS',
  maxPoints: number,
  score: DraftContent['scores'][number] | undefined,
): number | null {
  if (!score) return null
  if (scoring === 'LEVELS') return score.level ? Math.round(maxPoints * LEVEL_SHARE[score.level] * 100) / 100 : null
  return score.points === null || score.points === undefined ? null : Math.min(maxPoints, Math.max(0, score.points))
}

export function domainSubtotals(rubric: RubricView | null, scores: DraftContent['scores']): Record<string, Subtotal> {
  const out: Record<string, Subtotal> = {}
  if (!rubric) return out
  const byId = new Map(scores.map((s) => [s.criterionId, s]))
  for (const d of rubric.domains) {
    let points = 0
    let missing = 0
    for (const item of d.items)
      for (const c of item.criteria) {
        const p = criterionPoints(c.scoring, c.maxPoints, byId.get(c.id))
        if (p === null) missing++
        else points += p
      }
    out[d.code] = { points: Math.round(points * 100) / 100, maxPoints: d.maxPoints, missing }
  }
  return out
}
