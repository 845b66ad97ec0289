import { describe, expect, it } from 'vitest'
import { balanceView } from './fixtures'
import { cvBarsOption, FAIL_COLOUR, gapBand, gapMapOption, PASS_COLOUR, trendOption } from './balanceCharts'

describe('balance charts', () => {
  it('draws failing CVs red with the threshold over each bar', () => {
    const v = balanceView()
    const o = cvBarsOption(v.indicators, (i) => i.nameZh, { cv: 'CV', threshold: '阈值' })
    const series = o.series as { data: unknown[] }[]
    expect(series[0]!.data).toEqual([
      { value: 0.62, itemStyle: { color: FAIL_COLOUR } },
      { value: 0.31, itemStyle: { color: PASS_COLOUR } },
    ])
    expect(series[1]!.data).toEqual([0.5, 0.5])
  })

  it('draws one line per indicator over the years and the threshold once', () => {
    const o = trendOption(
      [
        {
          year: 2024,
          cvPasses: false,
          compositeCv: null,
          indicators: [{ indicator: 'BOOKS', cv: 0.61, threshold: 0.5, passes: false }],
        },
        {
          year: 2025,
          cvPasses: true,
          compositeCv: null,
          indicators: [{ indicator: 'BOOKS', cv: 0.48, threshold: 0.5, passes: true }],
        },
      ],
      (i) => i,
      '阈值',
    )
    const series = o.series as { name: string; data: unknown[] }[]
    expect(series.map((s) => s.name)).toEqual(['BOOKS', '阈值'])
    expect(series[0]!.data).toEqual([0.61, 0.48])
    expect(series[1]!.data).toEqual([0.5, 0.5])
  })

  it('draws the 2012 composite CV as a line of its own with its threshold', () => {
    const point = (year: number, compositeCv: number) => ({
      year,
      cvPasses: compositeCv <= 0.65,
      compositeCv,
      indicators: [{ indicator: 'BOOKS' as const, cv: 0.7, threshold: null, passes: false }],
    })
    const o = trendOption([point(2024, 0.7123), point(2025, 0.6)], (i) => i, '阈值', {
      label: '综合差异系数',
      threshold: 0.65,
    })
    const series = o.series as { name: string; data: unknown[] }[]
    expect(series.map((s) => s.name)).toEqual(['综合差异系数', '综合差异系数 · 阈值', 'BOOKS'])
    expect(series[0]!.data).toEqual([0.712, 0.6])
    expect(series[1]!.data).toEqual([0.65, 0.65])
  })

  it('colours schools by their worst gap and leaves out those without coordinates', () => {
    expect(gapBand(null)).toBe('none')
    expect(gapBand(1)).toBe('meets')
    expect(gapBand(0.85)).toBe('near')
    expect(gapBand(0.84)).toBe('far')
    const o = gapMapOption(balanceView().schoolRows, { width: 800, height: 500 }, (r) => r.unitName)
    const data = (o.series as { data: { unitId: number }[] }[])[0]!.data
    expect(data.map((d) => d.unitId)).toEqual([1])
  })
})
