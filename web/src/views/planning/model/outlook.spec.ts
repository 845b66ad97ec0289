import { describe, expect, it } from 'vitest'
import type { Arithmetic } from '@/api/planning'
import { i18n } from '@/i18n'
import { district, outlook, year } from './fixtures'
import { formatMape, formatSigned } from './format'
import {
  labelledTerms,
  localFormula,
  outlookChartOption,
  outlookGrid,
  sourceLabel,
  termLabel,
  termsErrors,
  termsForm,
} from './outlook'

const t = (key: string, params?: Record<string, unknown>) => i18n.global.t(key, params ?? {})

describe('seat outlook grid', () => {
  it('puts every district’s years in one row and marks the districts short of seats', () => {
    const grid = outlookGrid(outlook())
    expect(grid.years).toEqual([2027, 2028, 2029])
    expect(grid.rows.map((r) => r.name)).toEqual(['广安门内-牛街学区', '什刹海学区'])
    // 180 seats − 190 pupils in 2029: short by 10; 180 − 170 in 2027: 10 to spare.
    expect(grid.rows[0]!.cells[2029]).toMatchObject({ gap: -10, shortfall: true, mape: 2 })
    expect(grid.rows[0]!.cells[2027]).toMatchObject({ gap: 10, shortfall: false })
    expect(grid.rows[0]!.firstShortfallYear).toBe(2029)
    expect(grid.rows[0]!.worstGap).toBe(-10)
    expect(grid.shortDistricts).toBe(1)
  })

  it('keeps only the districts with a shortfall when asked, still counting all', () => {
    const grid = outlookGrid(outlook(), true)
    expect(grid.rows.map((r) => r.districtId)).toEqual([10])
    expect(grid.shortDistricts).toBe(1)
  })

  it('prints a gap with its sign and the error as ±', () => {
    expect(formatSigned(-61.98)).toBe('−62')
    expect(formatSigned(143.4)).toBe('+143')
    expect(formatSigned(0.2)).toBe('0')
    expect(formatMape(2.2151)).toBe('±2.2%')
    expect(formatMape(null)).toBe('—')
  })
})

describe('outlook chart', () => {
  it('joins the projection to the last observed total and stacks the band on its low edge', () => {
    const d = district()
    const option = outlookChartOption(d, { observed: 'o', projected: 'p', band: 'b', capacity: 'c' })
    const series = option.series as { name: string; data: (number | null)[]; stack?: string }[]
    expect((option.xAxis as { data: string[] }).data).toEqual(['2025', '2026', '2027', '2028', '2029'])
    expect(series.find((s) => s.name === 'o')!.data).toEqual([191, 194, null, null, null])
    expect(series.find((s) => s.name === 'p')!.data).toEqual([null, 194, 170, 175, 190])
    const low = series.find((s) => s.name === 'b-low')!
    const band = series.find((s) => s.name === 'b')!
    expect(low.stack).toBe('band')
    expect(band.stack).toBe('band')
    // 190 × 0.98 = 186.2; height 190 × 0.04 = 7.6
    expect(low.data[4]).toBe(186.2)
    expect(band.data[4]).toBe(7.6)
    expect(series.find((s) => s.name === 'c')!.data).toEqual([null, null, 180, 180, 180])
    expect((option.legend as { data: string[] }).data).not.toContain('b-low')
  })
})

describe('arithmetic in the console’s words', () => {
  it('names the server’s terms and sources', () => {
    expect(termLabel('publicShare')).toEqual({ key: 'planning.term.publicShare' })
    expect(termLabel('2028 grade 2')).toEqual({ key: 'planning.term.yearGrade', params: { year: 2028, grade: 2 } })
    expect(termLabel('ratio 2→3')).toEqual({ key: 'planning.term.ratio', params: { from: 2, to: 3 } })
    expect(termLabel('2019→2020 823/831')).toEqual({
      key: 'planning.term.transition',
      params: { from: '2019', to: '2020', counts: '823/831' },
    })
    expect(termLabel('长安小学新建项目')).toBeNull()
    expect(sourceLabel('new housing, completed ≤ 2029')).toEqual({
      key: 'planning.source.housing',
      params: { year: 2029 },
    })
    expect(sourceLabel("registry PRIMARY_1 seats of the district's units, 2027")).toEqual({
      key: 'planning.source.registry',
      params: { year: '2027' },
    })
    expect(sourceLabel('6 grades × 630 entry seats (registry, 2027) + 540 project seats = 4320')).toEqual({
      key: 'planning.source.capacity',
      params: { grades: '6', seats: '630', year: '2027', projects: '540', capacity: '4320' },
    })
    expect(sourceLabel('711 + 696.346')).toBeNull()
  })

  it('shows Chinese labels and keeps what it has no words for', () => {
    i18n.global.locale.value = 'zh-CN'
    const rows = labelledTerms(
      [
        { name: 'cohort', value: 790, source: 'BIRTHS' },
        { name: '长安小学新建项目', value: 540, source: 'key project opening 2029' },
      ],
      t,
    )
    expect(rows).toEqual([
      { name: '出生队列', value: 790, source: '出生登记' },
      { name: '长安小学新建项目', value: 540, source: '重点工程，2029 学年起计入' },
    ])
  })

  it('rebuilds the gap, capacity and entry formulas from the year’s figures', () => {
    i18n.global.locale.value = 'zh-CN'
    const y = year(2029, { projectSeats: 540 })
    const gap: Arithmetic = {
      districtId: 10,
      year: 2029,
      grade: null,
      figure: 'GAP',
      value: 530,
      formula: '',
      terms: [],
    }
    expect(localFormula(gap, y, t)).toBe('2029 学年学位余缺 = 学位数 720 − 预测在校生 190 = +530（满足）')
    expect(localFormula({ ...gap, figure: 'CAPACITY' }, y, t)).toBe(
      '2029 学年学位数 = 2 个年级 × 一年级学位 90（底册 2026 学年）+ 重点工程新增 540 = 720',
    )
    expect(localFormula({ ...gap, figure: 'ENTRY', grade: 1 }, y, t)).toBe(
      '2029 学年一年级 = 2023 年出生队列 100（出生登记）× 公办入学比例 0.9 + 新建住宅 0 套 × 每套 0.05 人 = 90',
    )
    expect(localFormula({ ...gap, figure: 'COUNT', grade: 2 }, y, t)).toBeNull()
    expect(localFormula(gap, undefined, t)).toBeNull()
  })
})

describe('district terms form', () => {
  it('starts from the server’s terms and refuses what the server would', () => {
    const form = termsForm(district())
    expect(form).toEqual({
      districtShare: 0.07,
      publicShare: 0.9,
      childrenPerHousehold: 0.05,
      method: 'MEAN',
      window: null,
      version: null,
    })
    expect(termsErrors(form)).toEqual({})
    expect(termsErrors({ ...form, publicShare: 1.2, childrenPerHousehold: -1, window: 0 })).toEqual({
      publicShare: 'planning.terms.shareRange',
      childrenPerHousehold: 'planning.terms.childrenRange',
      window: 'planning.terms.windowRange',
    })
  })
})
