import { describe, expect, it } from 'vitest'
import type { BodySummary, CharterSummary, WorkPlanView } from '@/api/governance'
import { charterChoices, planBodies } from './creating'

const charter = (over: Partial<CharterSummary>): CharterSummary => ({
  id: 1,
  version: 0,
  template: false,
  districtId: 5,
  districtName: '德胜学区',
  title: '德胜学区章程',
  approvedNumber: 1,
  openNumber: null,
  openStatus: null,
  updatedAt: '2026-01-01T00:00:00Z',
  ...over,
})

const body = (over: Partial<BodySummary>): BodySummary => ({
  id: 1,
  version: 0,
  kind: 'COMMITTEE',
  department: null,
  name: '德胜学区治理委员会',
  districtId: 5,
  districtName: '德胜学区',
  parentId: null,
  conveningUnitId: null,
  conveningUnitName: null,
  memberCount: 3,
  meetsMonthly: true,
  canEdit: true,
  ...over,
})

describe('new charters', () => {
  it('offers the commission the template while there is none, and editors their districts without a charter', () => {
    const districts = [
      { id: 5, name: '德胜学区' },
      { id: 6, name: '什刹海学区' },
    ]
    expect(charterChoices([], [], true)).toEqual([{ districtId: null, districtName: null }])
    expect(charterChoices([charter({ template: true, districtId: null })], [], true)).toEqual([])
    expect(charterChoices([charter({})], districts, false)).toEqual([{ districtId: 6, districtName: '什刹海学区' }])
  })
})

describe('new work plans', () => {
  it("offers the district's councils, committees and departments the caller edits that have no plan that year", () => {
    const bodies = [
      body({ id: 1 }),
      body({ id: 2, kind: 'DEPARTMENT', department: 'ADMINISTRATION' }),
      body({ id: 3, kind: 'PARTY_BRANCH' }),
      body({ id: 4, kind: 'COUNCIL', canEdit: false }),
      body({ id: 5, kind: 'COUNCIL', districtId: 6 }),
      body({ id: 6, kind: 'JOINT_MEETING', districtId: null }),
    ]
    const plans = [{ bodyId: 1, year: 2026 } as WorkPlanView]
    expect(planBodies(bodies, 5, 2026, plans).map((b) => b.id)).toEqual([2])
    expect(planBodies(bodies, 5, 2027, plans).map((b) => b.id)).toEqual([1, 2])
  })
})
