import { describe, expect, it } from 'vitest'
import { i18n, applyLocale } from '@/i18n'
import type { QuorumCheck, QuorumRule } from '@/api/governance'
import { neededFor, quorumCheckText, quorumRuleText, votesToCarry } from './quorum'

const t = (key: string, params?: Record<string, unknown>) => i18n.global.t(key, params ?? {})
const COUNCIL: QuorumRule = {
  share: 'MAJORITY',
  requiredKinds: ['UNIT_HEAD', 'LOCAL_GOVERNMENT', 'EDUCATION_ADMINISTRATION', 'SOCIAL_INSTITUTION', 'PARENT'],
  approval: 'MAJORITY_OF_PRESENT',
}

describe('the quorum rule in words', () => {
  it('counts heads as the server does', () => {
    expect(neededFor('MAJORITY', 7)).toBe(4)
    expect(neededFor('MAJORITY', 6)).toBe(4)
    expect(neededFor('TWO_THIRDS', 6)).toBe(4)
    expect(neededFor('TWO_THIRDS', 7)).toBe(5)
    expect(neededFor('ALL', 5)).toBe(5)
    expect(neededFor('ANY', 5)).toBe(1)
    expect(neededFor('ANY', 0)).toBe(0)
    expect(votesToCarry('MAJORITY_OF_PRESENT', 5, 9)).toBe(3)
    expect(votesToCarry('MAJORITY_OF_MEMBERS', 5, 9)).toBe(5)
    expect(votesToCarry('TWO_THIRDS_OF_PRESENT', 6, 9)).toBe(4)
  })

  it('says a council needs a majority and all five kinds, in Chinese and in English', () => {
    applyLocale('zh-CN')
    expect(quorumRuleText(COUNCIL, t, 7)).toBe(
      '过半数成员出席（7 人中至少 4 人）；且以下 5 类代表每类至少一人出席：教育单位负责人、地方党政机构、教育行政部门、社会机构、家长；表决事项须经出席成员过半数同意',
    )
    applyLocale('en')
    expect(quorumRuleText(COUNCIL, t)).toBe(
      'more than half of the members present; and at least one of each of these 5 kinds: Head of an education unit, Local government, Education administration, Social institution, Parent; a vote carries with more than half of those present',
    )
    applyLocale('zh-CN')
  })

  it('leaves out the kinds when the rule names none', () => {
    applyLocale('zh-CN')
    expect(quorumRuleText({ share: 'MAJORITY', requiredKinds: [], approval: 'MAJORITY_OF_MEMBERS' }, t)).toBe(
      '过半数成员出席；表决事项须经全体成员过半数同意',
    )
  })

  it('names what a meeting lacks: heads and the missing kind of representative', () => {
    applyLocale('zh-CN')
    const lacking: QuorumCheck = { met: false, members: 7, present: 3, needed: 4, missingKinds: ['PARENT'] }
    expect(quorumCheckText(lacking, t)).toBe(
      '应到 7 人，实到 3 人，至少需 4 人；未达法定人数：还差 1 人、缺少家长代表，不能表决或形成一致决定',
    )
    const met: QuorumCheck = { met: true, members: 7, present: 6, needed: 4, missingKinds: [] }
    expect(quorumCheckText(met, t)).toBe('应到 7 人，实到 6 人，至少需 4 人；已达法定人数')
  })
})
