import { RUN_STATUSES, type Run, type RunStatus } from '@/api/enrollment'

/** What can be done to a run next: one step forward, and re-executing while EXECUTED (same seed → same result). */
export type RunAction = 'commit' | 'execute' | 'review' | 'publish'

const NEXT: Record<RunStatus, RunAction | null> = {
  DRAFT: 'commit',
  COMMITTED: 'execute',
  EXECUTED: 'review',
  REVIEWED: 'publish',
  PUBLISHED: null,
}

export function nextAction(status: RunStatus): RunAction | null {
  return NEXT[status] ?? null
}

/** Every action available in a status, the forward step first. */
export function availableActions(status: RunStatus): RunAction[] {
  const next = nextAction(status)
  const out: RunAction[] = next ? [next] : []
  if (status === 'EXECUTED') out.push('execute')
  return out
}

/** Position of the status in DRAFT → … → PUBLISHED (0-based); −1 for an unknown status. */
export function stepIndex(status: RunStatus): number {
  return RUN_STATUSES.indexOf(status)
}

/**
 * `active` for ElSteps: the step being worked towards. A published run has finished every step,
 * so `active` is past the last one.
 */
export function activeStep(status: RunStatus): number {
  const i = stepIndex(status)
  if (i < 0) return 0
  return status === 'PUBLISHED' ? RUN_STATUSES.length : i + 1
}

const TIME: Record<RunStatus, keyof Run> = {
  DRAFT: 'createdAt',
  COMMITTED: 'committedAt',
  EXECUTED: 'executedAt',
  REVIEWED: 'reviewedAt',
  PUBLISHED: 'publishedAt',
}

/** When the run reached a step, if it has. */
export function stepTime(run: Run, status: RunStatus): string | null {
  const value = run[TIME[status]]
  return typeof value === 'string' ? value : null
}

/** Results (schools, placements, explanations) exist from EXECUTED on; notices from REVIEWED on. */
export function hasResults(status: RunStatus): boolean {
  return stepIndex(status) >= stepIndex('EXECUTED')
}

export function hasNotices(status: RunStatus): boolean {
  return stepIndex(status) >= stepIndex('REVIEWED')
}
