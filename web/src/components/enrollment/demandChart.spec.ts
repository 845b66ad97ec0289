import { describe, expect, it } from 'vitest'
import type { Demand } from '@/api/enrollment'
import { demandChartInput, demandChartOption } from './demandChart'

const demand: Demand = {
  cycle: { id: 1, name: '2026 小学入学' },
  tiers: [
    { rank: 1, label: '户籍+房产' },
    { rank: 2, label: '其他' },
  ],
  districts: [
    {
      unit: null,
      district: { id: 1, name: '德胜学区' },
      seats: 300,
      expected: 320.5,
      byTier: [200.25, 120.25],
      gap: 20.5,
    },
    { unit: null, district: { id: 2, name: '金融街学区' }, seats: 280, expected: 150, byTier: [100], gap: -130 },
  ],
  schools: [],
}

describe('demand chart', () => {
  it('stacks the tiers per district next to the seats', () => {
    const input = demandChartInput(demand, '学位数')
    expect(input.categories).toEqual(['德胜学区', '金融街学区'])
    expect(input.tiers).toEqual([
      { label: '户籍+房产', values: [200.3, 100] },
      { label: '其他', values: [120.3, 0] },
    ])
    expect(input.seats).toEqual({ label: '学位数', values: [300, 280] })
    const option = demandChartOption(input)
    expect(option.series.map((s) => [s.name, 'stack' in s ? s.stack : null])).toEqual([
      ['户籍+房产', 'expected'],
      ['其他', 'expected'],
      ['学位数', null],
    ])
  })
})
