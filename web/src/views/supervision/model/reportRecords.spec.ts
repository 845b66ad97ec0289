import { describe, expect, it } from 'vitest'
import type { FindingView, InspectionSummary } from '@/api/supervision'
import { domainSubtotals } from './scoring'
import { findingsCounted, inspectionsCounted } from './reportRecords'
import { besideByDomain } from './history'

const term = { from: '2026-09-01', to: '2027-01-31' }

describe('the records behind a report figure', () => {
  it('counts inspectors’ submitted inspections visited in the term, by kind, and self-supervisions apart', () => {
    const all = [
      { id: 1, status: 'SUBMITTED', conductedBy: 'INSPECTOR', kind: 'ROUTINE', visitedOn: '2026-10-01' },
      { id: 2, status: 'DRAFT', conductedBy: 'INSPECTOR', kind: 'ROUTINE', visitedOn: '2026-10-02' },
      { id: 3, status: 'SUBMITTED', conductedBy: 'UNIT', kind: 'ROUTINE', visitedOn: '2026-10-03' },
      { id: 4, status: 'SUBMITTED', conductedBy: 'INSPECTOR', kind: 'RANDOM', visitedOn: '2026-08-30' },
      { id: 5, status: 'SUBMITTED', conductedBy: 'INSPECTOR', kind: 'RANDOM', visitedOn: '2026-11-30' },
    ] as InspectionSummary[]
    expect(inspectionsCounted(all, term, { group: 'inspections' }).map((i) => i.id)).toEqual([1, 5])
    expect(inspectionsCounted(all, term, { group: 'inspections', kind: 'RANDOM' }).map((i) => i.id)).toEqual([5])
    expect(inspectionsCounted(all, term, { group: 'inspections', self: true }).map((i) => i.id)).toEqual([3])
  })

  it('counts findings found in the term by severity, domain and rectification state', () => {
    const order = (deadline: string) => ({ owner: '', deadline, requirement: '', orderedAt: '', orderedBy: '' })
    const all = [
      {
        id: 1,
        foundOn: '2026-10-01',
        severity: 'GENERAL',
        domainCode: 'AQ',
        status: 'CLOSED',
        order: order('2026-10-20'),
        closedAt: '2026-10-18T02:00:00Z',
        overdue: false,
        relapse: false,
      },
      {
        id: 2,
        foundOn: '2026-10-05',
        severity: 'MAJOR',
        domainCode: 'AQ',
        status: 'ORDERED',
        order: order('2026-11-01'),
        closedAt: null,
        overdue: true,
        relapse: true,
      },
      {
        id: 3,
        foundOn: '2026-11-05',
        severity: 'GENERAL',
        domainCode: 'JX',
        status: 'OPEN',
        order: null,
        closedAt: null,
        overdue: false,
        relapse: false,
      },
      {
        id: 4,
        foundOn: '2026-06-05',
        severity: 'GENERAL',
        domainCode: 'JX',
        status: 'OPEN',
        order: null,
        closedAt: null,
        overdue: false,
        relapse: false,
      },
    ] as FindingView[]
    const ids = (xs: FindingView[]) => xs.map((x) => x.id)
    expect(ids(findingsCounted(all, term, { group: 'findings' }))).toEqual([1, 2, 3])
    expect(ids(findingsCounted(all, term, { group: 'findings', severity: 'GENERAL', domainCode: 'AQ' }))).toEqual([1])
    expect(ids(findingsCounted(all, term, { group: 'rectification', which: 'ordered' }))).toEqual([1, 2])
    expect(ids(findingsCounted(all, term, { group: 'rectification', which: 'closedOnTime' }))).toEqual([1])
    expect(ids(findingsCounted(all, term, { group: 'rectification', which: 'overdue' }))).toEqual([2])
    expect(ids(findingsCounted(all, term, { group: 'rectification', which: 'relapsed' }))).toEqual([2])
    expect(ids(findingsCounted(all, term, { group: 'rectification', which: 'open' }))).toEqual([2, 3])
  })
})

describe('the running subtotal and the self-supervision comparison', () => {
  it('scores a level as its share of the points and counts what is not scored yet', () => {
    const rubric = {
      domains: [
        {
          code: 'AQ',
          maxPoints: 15,
          items: [
            {
              criteria: [
                { id: 1, scoring: 'LEVELS', maxPoints: 10 },
                { id: 2, scoring: 'POINTS', maxPoints: 5 },
              ],
            },
          ],
        },
      ],
    } as never
    expect(domainSubtotals(rubric, [{ criterionId: 1, level: 'B' }])).toEqual({
      AQ: { points: 8, maxPoints: 15, missing: 1 },
    })
    expect(
      domainSubtotals(rubric, [
        { criterionId: 1, level: 'D' },
        { criterionId: 2, points: 4.5 },
      ]),
    ).toEqual({
      AQ: { points: 4.5, maxPoints: 15, missing: 0 },
    })
  })

  it('puts the inspectors’ rate beside the unit’s own, domain by domain, with the gap', () => {
    const d = (code: string, points: number, rate: number | null) => ({
      code,
      nameZh: code,
      nameEn: code,
      points,
      maxPoints: 10,
      rate,
    })
    const rows = besideByDomain({
      openFindings: [],
      previous: null,
      lastSelf: null,
      previousDomains: [d('AQ', 6, 60), d('JX', 8, null)],
      lastSelfDomains: [d('AQ', 9, 90)],
    })
    expect(rows).toEqual([
      { code: 'AQ', nameZh: 'AQ', nameEn: 'AQ', inspectors: 60, self: 90, gap: 30 },
      { code: 'JX', nameZh: 'JX', nameEn: 'JX', inspectors: 80, self: null, gap: null },
    ])
  })
})
