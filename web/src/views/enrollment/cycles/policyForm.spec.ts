import { describe, expect, it } from 'vitest'
import type { Policy } from '@/api/enrollment'
import { moveItem } from '@/components/enrollment/rankedList'
import { draftOf, draftsOf, policyBody, ruleProblems } from './policyForm'

const policy: Policy = {
  id: 1,
  regionCode: '110102',
  name: '西城区小学入学顺位',
  version: 3,
  rules: [
    { rank: 2, label: '户籍在片内', conditions: ['HUKOU_IN_ZONE'], minPropertyYears: null },
    {
      rank: 1,
      label: '户籍与房产一致且在片内',
      conditions: ['HUKOU_AT_PROPERTY', 'PROPERTY_IN_ZONE'],
      minPropertyYears: 3,
    },
  ],
}

describe('policy editor model', () => {
  it('orders drafts by rank and sends position as rank', () => {
    const drafts = draftsOf(policy)
    expect(drafts.map((d) => d.label)).toEqual(['户籍与房产一致且在片内', '户籍在片内'])
    const swapped = moveItem(drafts, 1, -1)
    expect(policyBody(' 新名称 ', swapped, 3)).toEqual({
      name: '新名称',
      version: 3,
      rules: [
        { label: '户籍在片内', conditions: ['HUKOU_IN_ZONE'], minPropertyYears: null },
        { label: '户籍与房产一致且在片内', conditions: ['HUKOU_AT_PROPERTY', 'PROPERTY_IN_ZONE'], minPropertyYears: 3 },
      ],
    })
  })

  it('drops a property-years minimum from rules without a property condition', () => {
    const body = policyBody(
      'p',
      [draftOf({ label: '居住证', conditions: ['RESIDENCE_PERMIT'], minPropertyYears: 5 })],
      0,
    )
    expect(body.rules[0]!.minPropertyYears).toBeNull()
  })

  it('reports rules without a name or a condition by their rank', () => {
    const drafts = [draftOf({ label: 'ok', conditions: ['HUKOU_IN_ZONE'] }), draftOf({ label: ' ', conditions: [] })]
    expect(ruleProblems(drafts)).toEqual([
      { key: 'enrollment.policy.labelRequired', rank: 2 },
      { key: 'enrollment.policy.conditionsRequired', rank: 2 },
    ])
  })

  it('gives every draft its own key', () => {
    const a = draftOf()
    const b = draftOf()
    expect(a.key).not.toBe(b.key)
  })
})
