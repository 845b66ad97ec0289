import type { FamilyView } from '@/api/enrollment'

/** Can the family still submit or change choices? Before publication, while eligible and before the deadline. */
export function canApply(view: FamilyView, now: Date = new Date()): boolean {
  const options = view.options
  if (!options || !options.eligible || view.result) return false
  if ('open' in view.cycle && view.cycle.open === false) return false
  if (options.deadline && new Date(options.deadline).getTime() <= now.getTime()) return false
  return true
}

/** An appeal can be filed once a result is published and no appeal exists yet. */
export function canAppeal(view: FamilyView): boolean {
  return !!view.result && !view.appeal
}
