/**
 * "Open the arithmetic" of a report figure: the records behind it, picked from the district's
 * inspections and findings by the report's own rules (API.md, Reports): inspections count when
 * visited in the term, findings when found in it. The drawer shows the figure and the records side
 * by side, so a difference would be visible, never hidden.
 */
import type { FindingView, InspectionKind, InspectionSummary, Severity } from '@/api/supervision'

export type Figure =
  | { group: 'inspections'; kind?: InspectionKind; self?: boolean }
  | { group: 'findings'; severity?: Severity; domainCode?: string }
  | { group: 'rectification'; which: 'ordered' | 'closed' | 'closedOnTime' | 'overdue' | 'relapsed' | 'open' }

export interface Term {
  from: string
  to: string
}

const within = (d: string, t: Term) => d >= t.from && d <= t.to

export function inspectionsCounted(
  all: readonly InspectionSummary[],
  term: Term,
  f: Extract<Figure, { group: 'inspections' }>,
): InspectionSummary[] {
  return all.filter(
    (i) =>
      i.status === 'SUBMITTED' &&
      within(i.visitedOn, term) &&
      (f.self ? i.conductedBy === 'UNIT' : i.conductedBy === 'INSPECTOR') &&
      (!f.kind || i.kind === f.kind),
  )
}

export function findingsCounted(
  all: readonly FindingView[],
  term: Term,
  f: Exclude<Figure, { group: 'inspections' }>,
): FindingView[] {
  const found = all.filter((x) => within(x.foundOn, term))
  if (f.group === 'findings')
    return found.filter(
      (x) => (!f.severity || x.severity === f.severity) && (!f.domainCode || x.domainCode === f.domainCode),
    )
  switch (f.which) {
    case 'ordered':
      return found.filter((x) => x.order !== null)
    case 'closed':
      return found.filter((x) => x.status === 'CLOSED')
    case 'closedOnTime':
      return found.filter(
        (x) => x.status === 'CLOSED' && x.order !== null && !!x.closedAt && x.closedAt.slice(0, 10) <= x.order.deadline,
      )
    case 'overdue':
      return found.filter((x) => x.overdue)
    case 'relapsed':
      return found.filter((x) => x.relapse)
    case 'open':
      return found.filter((x) => x.status !== 'CLOSED')
  }
}
