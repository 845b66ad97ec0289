import { describe, expect, it } from 'vitest'
import { coverageGroups } from './coverage'

describe("a district's party coverage", () => {
  it('groups own branches, joint branches with their kindergartens, and the uncovered', () => {
    const groups = coverageGroups({
      districtId: 5,
      covered: [
        { unitId: 3, unitName: '乙幼儿园', bodyId: 20, bodyName: '德胜联合党支部', kind: 'JOINT_PARTY_BRANCH' },
        { unitId: 1, unitName: '甲幼儿园', bodyId: 10, bodyName: '甲幼儿园党支部', kind: 'PARTY_BRANCH' },
        { unitId: 2, unitName: '丙幼儿园', bodyId: 20, bodyName: '德胜联合党支部', kind: 'JOINT_PARTY_BRANCH' },
      ],
      uncovered: [{ unitId: 4, unitName: '丁幼儿园' }],
    })
    expect(groups.single.map((u) => u.unitId)).toEqual([1])
    expect(groups.joint).toHaveLength(1)
    expect(groups.joint[0]!.bodyName).toBe('德胜联合党支部')
    expect(groups.joint[0]!.units.map((u) => u.unitName).sort()).toEqual(['丙幼儿园', '乙幼儿园'])
    expect(groups.uncovered.map((u) => u.unitId)).toEqual([4])
    expect(groups.covered).toBe(3)
    expect(groups.total).toBe(4)
  })

  it('counts an empty district as nothing covered of nothing', () => {
    expect(coverageGroups({ districtId: 5, covered: [], uncovered: [] })).toEqual({
      single: [],
      joint: [],
      uncovered: [],
      covered: 0,
      total: 0,
    })
  })
})
