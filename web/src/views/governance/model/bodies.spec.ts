import { describe, expect, it } from 'vitest'
import type { BodyDetail, BodySummary, MemberView } from '@/api/governance'
import {
  blankMember,
  cleanMember,
  creatableBodies,
  editableDistricts,
  kindsWithoutMember,
  memberFieldsOf,
  ruleOf,
  settingsFormOf,
} from './bodies'

function body(over: Partial<BodySummary>): BodySummary {
  return {
    id: 1,
    version: 0,
    kind: 'COUNCIL',
    department: null,
    name: '某学区理事会',
    districtId: 5,
    districtName: '德胜学区',
    parentId: null,
    conveningUnitId: null,
    conveningUnitName: null,
    memberCount: 0,
    meetsMonthly: false,
    canEdit: true,
    ...over,
  }
}

function member(over: Partial<MemberView>): MemberView {
  return {
    id: 1,
    position: 1,
    personName: '王芳',
    kind: 'UNIT_HEAD',
    role: 'MEMBER',
    unitId: 11,
    unitName: '德胜幼儿园',
    organisation: null,
    title: '园长',
    username: null,
    ...over,
  }
}

describe('which bodies a district may still get', () => {
  it('offers a new preschool district a council, a committee and party organisations, not departments yet', () => {
    expect(creatableBodies([], 5, true, false).map((c) => c.kind)).toEqual([
      'COUNCIL',
      'COMMITTEE',
      'PARTY_BRANCH',
      'JOINT_PARTY_BRANCH',
    ])
  })

  it('offers the departments a committee lacks, once it exists', () => {
    const existing = [
      body({ id: 1, kind: 'COUNCIL' }),
      body({ id: 2, kind: 'COMMITTEE' }),
      body({ id: 3, kind: 'DEPARTMENT', department: 'PARTY_BUILDING' }),
      body({ id: 9, kind: 'COUNCIL', districtId: 6 }),
    ]
    expect(creatableBodies(existing, 5, true, false)).toEqual([
      { kind: 'DEPARTMENT', department: 'ADMINISTRATION' },
      { kind: 'DEPARTMENT', department: 'RESEARCH_TRAINING' },
      { kind: 'PARTY_BRANCH', department: null },
      { kind: 'JOINT_PARTY_BRANCH', department: null },
    ])
    // the other district's council does not count
    expect(creatableBodies(existing, 6, false, false).map((c) => c.kind)).toEqual([
      'PARTY_BRANCH',
      'JOINT_PARTY_BRANCH',
    ])
  })

  it('keeps committees from a primary district', () => {
    expect(creatableBodies([], 5, false, false).map((c) => c.kind)).not.toContain('COMMITTEE')
  })

  it('gives the region one joint meeting, created by the commission', () => {
    expect(creatableBodies([], null, null, true)).toEqual([{ kind: 'JOINT_MEETING', department: null }])
    expect(creatableBodies([], null, null, false)).toEqual([])
    expect(creatableBodies([body({ kind: 'JOINT_MEETING', districtId: null })], null, null, true)).toEqual([])
  })
})

describe('the districts the caller may create bodies in', () => {
  const registry = [
    { id: 5, name: '德胜学区', kind: 'PRESCHOOL' },
    { id: 6, name: '什刹海学区', kind: 'PRIMARY' },
  ]

  it('gives an administrator every district, an office its own, with the district kind', () => {
    expect(editableDistricts('ADMIN', [], registry, [])).toEqual([
      { id: 5, name: '德胜学区', preschool: true },
      { id: 6, name: '什刹海学区', preschool: false },
    ])
    expect(editableDistricts('DISTRICT_OFFICE', [6], registry, [])).toEqual([
      { id: 6, name: '什刹海学区', preschool: false },
    ])
  })

  it('gives a unit the districts whose bodies it edits, and the commission or an inspector none', () => {
    const bodies = [body({ districtId: 5, canEdit: true }), body({ id: 2, districtId: 6, canEdit: false })]
    expect(editableDistricts('UNIT', [], registry, bodies)).toEqual([{ id: 5, name: '德胜学区', preschool: true }])
    expect(editableDistricts('COMMISSION', [], registry, bodies)).toEqual([])
    expect(editableDistricts('INSPECTOR', [], registry, bodies)).toEqual([])
  })
})

describe('body settings and members as forms', () => {
  it('reads the settings and the quorum rule back into a form and out again', () => {
    const detail: BodyDetail = {
      body: body({ version: 4, conveningUnitId: 11, meetsMonthly: true }),
      rule: { share: 'TWO_THIRDS', requiredKinds: ['PARENT'], approval: 'MAJORITY_OF_MEMBERS' },
      members: [],
      departments: [],
      partyUnits: [],
    }
    const form = settingsFormOf(detail)
    expect(form).toEqual({
      name: '某学区理事会',
      conveningUnitId: 11,
      quorumShare: 'TWO_THIRDS',
      requiredKinds: ['PARENT'],
      approval: 'MAJORITY_OF_MEMBERS',
      meetsMonthly: true,
      version: 4,
    })
    form.requiredKinds!.push('UNIT_HEAD')
    expect(detail.rule.requiredKinds).toEqual(['PARENT'])
    expect(ruleOf(form)).toEqual({
      share: 'TWO_THIRDS',
      requiredKinds: ['PARENT', 'UNIT_HEAD'],
      approval: 'MAJORITY_OF_MEMBERS',
    })
  })

  it('sends a member trimmed, with blanks as null and a plain member by default', () => {
    expect(cleanMember({ ...blankMember('PARENT'), personName: ' 李雷 ', organisation: '  ', role: null })).toEqual({
      personName: '李雷',
      kind: 'PARENT',
      role: 'MEMBER',
      unitId: null,
      organisation: null,
      title: null,
      username: null,
    })
    expect(cleanMember(memberFieldsOf(member({ username: 'museum', unitId: null })))).toMatchObject({
      username: 'museum',
      unitId: null,
      title: '园长',
    })
  })

  it('names the required kinds no member represents', () => {
    const rule = {
      share: 'MAJORITY' as const,
      requiredKinds: ['UNIT_HEAD', 'PARENT'] as MemberView['kind'][],
      approval: 'MAJORITY_OF_PRESENT' as const,
    }
    expect(kindsWithoutMember(rule, [member({})])).toEqual(['PARENT'])
    expect(kindsWithoutMember(rule, [member({}), member({ id: 2, kind: 'PARENT' })])).toEqual([])
  })
})
