import { describe, expect, it } from 'vitest'
import type { Measure } from '@/api/evaluation'
import {
  blankCriterion,
  cycleReadiness,
  schemeProblems,
  scoreError,
  sortMeasures,
  unitFinaliseBlock,
  weightSum,
} from './assessment'
import { cycleUnit } from './fixtures'

const criteria = [{ id: 1 }, { id: 2 }]
const opinion = { text: '办园规范', grade: 'GOOD' as const, by: '中心园', at: '2026-06-01T10:00:00+08:00' }
const allScored = [
  { criterionId: 1, score: 40 },
  { criterionId: 2, score: 50 },
]

describe('finalising a unit', () => {
  it('needs the central unit’s opinion first for a member unit', () => {
    expect(unitFinaliseBlock(cycleUnit({ scores: allScored }), criteria)).toBe('central-opinion-missing')
    expect(unitFinaliseBlock(cycleUnit({ scores: allScored, member: false }), criteria)).toBeNull()
  })

  it('needs a score for every criterion', () => {
    expect(unitFinaliseBlock(cycleUnit({ opinion }), criteria)).toBe('scores-missing')
    expect(unitFinaliseBlock(cycleUnit({ opinion, scores: [{ criterionId: 1, score: 40 }] }), criteria)).toBe(
      'scores-missing',
    )
    expect(unitFinaliseBlock(cycleUnit({ opinion, scores: allScored }), criteria)).toBeNull()
    expect(unitFinaliseBlock(cycleUnit({ state: 'FINAL' }), criteria)).toBe('final')
  })

  it('lets the cycle finalise only when every unit is final', () => {
    const r = cycleReadiness([cycleUnit({ state: 'FINAL' }), cycleUnit(), cycleUnit({ opinion })], criteria)
    expect(r).toEqual({ ready: false, total: 3, final: 1, missingOpinion: 1, missingScores: 1 })
    expect(cycleReadiness([cycleUnit({ state: 'FINAL' })], criteria).ready).toBe(true)
    expect(cycleReadiness([], criteria).ready).toBe(false)
  })
})

describe('schemes', () => {
  it('wants criteria whose weights add up to exactly 100 and distinct codes', () => {
    const c = (code: string, weight: number) => ({ ...blankCriterion(), code, nameZh: code, weight })
    expect(weightSum([c('A', 33.3), c('B', 33.3), c('C', 33.4)])).toBe(100)
    expect(schemeProblems({ name: '2026 方案', criteria: [c('A', 60), c('B', 40)] })).toEqual([])
    expect(schemeProblems({ name: '', criteria: [c('A', 60), c('B', 30)] })).toEqual(['name', 'weights'])
    expect(schemeProblems({ name: 'x', criteria: [c('A', 50), c('A', 50)] })).toEqual(['codes'])
    expect(schemeProblems({ name: 'x', criteria: [] })).toEqual(['criteria-empty'])
  })

  it('keeps scores between 0 and the maximum', () => {
    expect(scoreError(101, 100)).toBe('range')
    expect(scoreError(-1, 100)).toBe('range')
    expect(scoreError(100, 100)).toBeNull()
    expect(scoreError(null, 100)).toBeNull()
  })
})

describe('support plans', () => {
  const m = (id: number, over: Partial<Measure>): Measure => ({
    id,
    description: '',
    owner: '',
    deadline: '2026-06-30',
    state: 'PLANNED',
    progress: null,
    doneAt: null,
    reviewedAt: null,
    reviewComment: null,
    overdue: false,
    canMarkDone: false,
    canReview: false,
    version: 0,
    ...over,
  })

  it('lists overdue measures first, then by deadline', () => {
    const sorted = sortMeasures([
      m(1, { deadline: '2026-05-01' }),
      m(2, { overdue: true }),
      m(3, { deadline: '2026-04-01' }),
    ])
    expect(sorted.map((x) => x.id)).toEqual([2, 3, 1])
  })
})
