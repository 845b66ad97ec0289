import { describe, expect, it } from 'vitest'
import type { CouncilMember, DistrictHistoryYear, DistrictPosition } from '@/api/types'
import {
  chairFirst,
  councilCoverage,
  historyChanges,
  memberRoleKey,
  positionCounts,
  sortMembers,
  sortPositions,
} from './districtModel'

describe('district detail model', () => {
  it('names central and member units by district kind', () => {
    expect(memberRoleKey('PRESCHOOL', 'CENTRAL')).toBe('registry.members.centralKindergarten')
    expect(memberRoleKey('PRESCHOOL', 'MEMBER')).toBe('registry.members.memberKindergarten')
    expect(memberRoleKey('PRIMARY', 'CENTRAL')).toBe('registry.members.centralSchool')
    expect(memberRoleKey('JUNIOR', 'MEMBER')).toBe('registry.members.memberSchool')
  })

  it('lists central units first', () => {
    const sorted = sortMembers([
      { role: 'MEMBER', unitName: '乙园' },
      { role: 'CENTRAL', unitName: '丙园' },
      { role: 'MEMBER', unitName: '甲园' },
    ] as const)
    expect(sorted[0]!.unitName).toBe('丙园')
  })

  it('finds which of the five kinds of council members are missing', () => {
    const members: CouncilMember[] = [
      { name: '甲', kind: 'UNIT_HEAD', organisation: '一小', title: '校长' },
      { name: '乙', kind: 'UNIT_HEAD', organisation: '二小', title: '校长' },
      { name: '丙', kind: 'PARENT', organisation: null, title: null },
    ]
    expect(councilCoverage(members)).toEqual([
      { kind: 'UNIT_HEAD', count: 2, present: true },
      { kind: 'LOCAL_GOVERNMENT', count: 0, present: false },
      { kind: 'EDUCATION_ADMINISTRATION', count: 0, present: false },
      { kind: 'SOCIAL_INSTITUTION', count: 0, present: false },
      { kind: 'PARENT', count: 1, present: true },
    ])
    expect(councilCoverage(members, ['PARENT']).map((c) => c.present)).toEqual([true, true, true, true, false])
  })

  it('puts the committee chair first', () => {
    const m = (name: string, title: string | null): CouncilMember => ({
      name,
      kind: 'UNIT_HEAD',
      organisation: null,
      title,
    })
    expect(chairFirst([m('甲', '委员'), m('乙', '主任'), m('丙', null)]).map((x) => x.name)).toEqual(['乙', '甲', '丙'])
  })

  it('orders and counts positions', () => {
    const p = (kind: DistrictPosition['kind'], personName: string): DistrictPosition => ({
      kind,
      personName,
      unitId: null,
      unitName: null,
    })
    const list = [
      p('TRAINER', '甲'),
      p('INSPECTOR_PART_TIME', '乙'),
      p('INSPECTOR_FULL_TIME', '丙'),
      p('INSPECTOR_PART_TIME', '丁'),
    ]
    expect(sortPositions(list).map((x) => x.kind)).toEqual([
      'INSPECTOR_FULL_TIME',
      'INSPECTOR_PART_TIME',
      'INSPECTOR_PART_TIME',
      'TRAINER',
    ])
    expect(positionCounts(list)).toEqual([
      { kind: 'INSPECTOR_FULL_TIME', count: 1 },
      { kind: 'INSPECTOR_PART_TIME', count: 2 },
      { kind: 'LIAISON', count: 0 },
      { kind: 'RESEARCHER', count: 0 },
      { kind: 'TRAINER', count: 1 },
    ])
  })

  it('tells who joined and who left each year', () => {
    const u = (unitId: number) => ({
      unitId,
      unitName: `U${unitId}`,
      role: 'MEMBER' as const,
      unitType: 'PRIMARY' as const,
      ownership: 'PUBLIC' as const,
      qualityGrade: null,
      year: 2024,
    })
    const history: DistrictHistoryYear[] = [
      { year: 2024, unitCount: 2, units: [u(1), u(2)] },
      { year: 2026, unitCount: 2, units: [u(2), u(4)] },
      { year: 2025, unitCount: 3, units: [u(1), u(2), u(3)] },
    ]
    const changes = historyChanges(history)
    expect(changes.map((c) => c.year)).toEqual([2026, 2025, 2024])
    expect(changes[0]!.joined.map((x) => x.unitId)).toEqual([4])
    expect(changes[0]!.left.map((x) => x.unitId)).toEqual([1, 3])
    expect(changes[1]!.joined.map((x) => x.unitId)).toEqual([3])
    expect(changes[1]!.left).toEqual([])
    expect(changes[2]).toMatchObject({ joined: [], left: [] })
  })
})
