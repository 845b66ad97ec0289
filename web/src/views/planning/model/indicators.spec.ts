import { describe, expect, it } from 'vitest'
import { i18n } from '@/i18n'
import { indicator } from './fixtures'
import {
  changeText,
  LIGHT_META,
  latestPoint,
  lightCounts,
  progressText,
  sparklineOption,
  valueErrors,
} from './indicators'

const t = (key: string, params?: Record<string, unknown>) => i18n.global.t(key, params ?? {})

describe('traffic lights', () => {
  it('tells every light by a distinct shape and words, not colour alone', () => {
    const symbols = Object.values(LIGHT_META).map((m) => m.symbol)
    expect(new Set(symbols).size).toBe(4)
    i18n.global.locale.value = 'zh-CN'
    expect(['ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'NO_DATA'].map((l) => t(`planning.light.${l}`))).toEqual([
      '正常',
      '有风险',
      '滞后',
      '无数据',
    ])
  })

  it('lists a plan’s counts in a fixed order, zeros included', () => {
    expect(lightCounts({ AT_RISK: 1, ON_TRACK: 3 })).toEqual([
      { light: 'ON_TRACK', count: 3 },
      { light: 'AT_RISK', count: 1 },
      { light: 'OFF_TRACK', count: 0 },
      { light: 'NO_DATA', count: 0 },
    ])
  })
})

describe('progress in words', () => {
  it('says how far along the way the latest value is against where it should be', () => {
    i18n.global.locale.value = 'zh-CN'
    expect(progressText(indicator().progress, t)).toBe(
      '2019 年实际值 97：已完成目标进程的 97%，按时间应完成 100%，判定为“有风险”。',
    )
    expect(
      progressText(
        { light: 'NO_DATA', year: null, actual: null, expectedShare: null, achievedShare: null, formula: '' },
        t,
      ),
    ).toBe('尚无实际值，无法判断进度。')
  })

  it('marks a year’s change better or worse as the server judged it', () => {
    i18n.global.locale.value = 'zh-CN'
    const [first, second] = indicator().trend
    expect(changeText(first!, t)).toBe('—')
    expect(changeText(second!, t)).toBe('+19 ↑ 向好')
    expect(changeText({ ...second!, change: -0.5, trend: -1 }, t)).toBe('−0.5 ↓ 变差')
  })
})

describe('trend sparkline', () => {
  it('draws the values, the target as a dashed line and the last point in its light’s colour', () => {
    const i = indicator()
    expect(latestPoint(i)!.value).toBe(97)
    const option = sparklineOption(i)
    const [values, target] = option.series as { data: unknown[] }[]
    expect((values!.data as { value: number }[]).map((d) => d.value)).toEqual([78, 97])
    expect((values!.data[1] as { itemStyle: { color: string } }).itemStyle.color).toBe(LIGHT_META.AT_RISK.colour)
    expect(target!.data).toEqual([100, 100])
  })
})

describe('actual value form', () => {
  it('needs a year in range and a value', () => {
    expect(valueErrors(2019, { value: 97, note: '' })).toEqual({})
    expect(valueErrors(1999, { value: undefined })).toEqual({
      year: 'planning.value.yearRange',
      value: 'planning.value.required',
    })
  })
})
