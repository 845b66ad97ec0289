import { describe, expect, it } from 'vitest'
import type { Run } from '@/api/enrollment'
import { activeStep, availableActions, hasNotices, hasResults, nextAction, stepIndex, stepTime } from './runSteps'

describe('allocation run steps', () => {
  it('offers exactly one step forward per status', () => {
    expect(nextAction('DRAFT')).toBe('commit')
    expect(nextAction('COMMITTED')).toBe('execute')
    expect(nextAction('EXECUTED')).toBe('review')
    expect(nextAction('REVIEWED')).toBe('publish')
    expect(nextAction('PUBLISHED')).toBeNull()
  })

  it('allows re-executing only while executed and not yet reviewed', () => {
    expect(availableActions('EXECUTED')).toEqual(['review', 'execute'])
    expect(availableActions('COMMITTED')).toEqual(['execute'])
    expect(availableActions('REVIEWED')).toEqual(['publish'])
    expect(availableActions('PUBLISHED')).toEqual([])
  })

  it('maps the status onto the step bar', () => {
    expect(stepIndex('DRAFT')).toBe(0)
    expect(stepIndex('PUBLISHED')).toBe(4)
    expect(activeStep('DRAFT')).toBe(1)
    expect(activeStep('EXECUTED')).toBe(3)
    expect(activeStep('PUBLISHED')).toBe(5)
  })

  it('knows when results and notices exist', () => {
    expect(hasResults('COMMITTED')).toBe(false)
    expect(hasResults('EXECUTED')).toBe(true)
    expect(hasNotices('EXECUTED')).toBe(false)
    expect(hasNotices('PUBLISHED')).toBe(true)
  })

  it('reads the time each step was reached', () => {
    const run = { createdAt: '2026-05-01T02:00:00Z', committedAt: '2026-05-02T02:00:00Z', executedAt: null } as Run
    expect(stepTime(run, 'DRAFT')).toBe('2026-05-01T02:00:00Z')
    expect(stepTime(run, 'COMMITTED')).toBe('2026-05-02T02:00:00Z')
    expect(stepTime(run, 'EXECUTED')).toBeNull()
  })
})
