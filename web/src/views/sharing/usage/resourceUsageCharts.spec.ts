import { describe, expect, it } from 'vitest'
import type { ResourceUsageTotals } from '@/api/sharing'
import { heatmapHours, monthlyUtilisationOption, usageFigures, weekdayHourOption } from './resourceUsageCharts'

const DAYS = ['周一', '周二', '周三', '周四', '周五', '周六', '周日']

const totals: ResourceUsageTotals = {
  bookings: 40,
  hours: 120,
  openHours: 900,
  utilisation: 0.1333,
  attendees: 9000,
  averageAttendees: 225,
  noShows: 2,
  cancelled: 5,
  rejected: 1,
  expired: 0,
  pending: 3,
  rating: 4.5,
  ratingCount: 10,
}

interface Axis {
  data: string[]
  inverse?: boolean
  axisLabel?: { formatter?: string }
}
interface Series {
  name: string
  type: string
  data: unknown[]
  yAxisIndex?: number
}

describe('one resource usage', () => {
  it('formats the headline figures in display order', () => {
    const figures = usageFigures(totals)
    expect(figures.map((f) => f.key)).toEqual([
      'bookings',
      'hours',
      'openHours',
      'utilisation',
      'averageAttendees',
      'noShows',
      'cancelled',
      'rejected',
      'expired',
      'pending',
      'rating',
    ])
    const byKey = Object.fromEntries(figures.map((f) => [f.key, f]))
    expect(byKey.bookings!.value).toBe('40')
    expect(byKey.hours!.value).toBe('120')
    expect(byKey.utilisation!.value).toBe('13.3%')
    expect(byKey.averageAttendees).toEqual({
      key: 'averageAttendees',
      value: '225',
      hint: { key: 'attendees', n: 9000 },
    })
    expect(byKey.expired!.value).toBe('0')
    expect(byKey.pending!.value).toBe('3')
    expect(byKey.rating).toEqual({ key: 'rating', value: '4.5', hint: { key: 'ratingCount', n: 10 } })
  })

  it('shows a dash for the rating and the average when there is nothing to average', () => {
    const figures = usageFigures({
      ...totals,
      bookings: 0,
      hours: 12.34,
      averageAttendees: 0,
      attendees: 0,
      rating: null,
      ratingCount: 0,
    })
    const byKey = Object.fromEntries(figures.map((f) => [f.key, f]))
    expect(byKey.hours!.value).toBe('12.3')
    expect(byKey.averageAttendees!.value).toBe('—')
    expect(byKey.rating).toEqual({ key: 'rating', value: '—', hint: { key: 'noRating' } })
  })

  it('draws monthly hours as bars and utilisation in percent on the second axis', () => {
    const o = monthlyUtilisationOption(
      [
        { month: '2026-10', bookings: 4, hours: 12.25, openHours: 200, utilisation: 0.06125 },
        { month: '2026-09', bookings: 8, hours: 24, openHours: 180, utilisation: 0.1333 },
        { month: '2026-11', bookings: 0, hours: 0, openHours: 190, utilisation: 0 },
      ],
      { hours: '使用时长（小时）', utilisation: '利用率' },
    ) as { xAxis: Axis; yAxis: Axis[]; series: Series[] }
    expect(o.xAxis.data).toEqual(['2026-09', '2026-10', '2026-11'])
    expect(o.series[0]).toMatchObject({ name: '使用时长（小时）', type: 'bar', data: [24, 12.3, 0] })
    expect(o.series[1]).toMatchObject({ name: '利用率', type: 'line', yAxisIndex: 1, data: [13.3, 6.1, 0] })
    expect(o.yAxis[1]!.axisLabel!.formatter).toBe('{value}%')
  })

  it('spans 7:00–21:00 at least, widened to the hours with bookings', () => {
    expect(heatmapHours([])).toEqual([7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21])
    expect(
      heatmapHours([
        { day: 'MONDAY', hour: 6, bookings: 1 },
        { day: 'SUNDAY', hour: 22, bookings: 2 },
      ]),
    ).toEqual([6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22])
  })

  it('puts bookings on a Monday-to-Sunday × hour grid', () => {
    const o = weekdayHourOption(
      [
        { day: 'FRIDAY', hour: 14, bookings: 5 },
        { day: 'MONDAY', hour: 8, bookings: 2 },
        { day: 'SUNDAY', hour: 22, bookings: 1 },
      ],
      DAYS,
      '预约次数',
    ) as { xAxis: Axis; yAxis: Axis; series: Series[]; visualMap: { min: number; max: number } }
    expect(o.yAxis.data).toEqual(DAYS)
    expect(o.yAxis.inverse).toBe(true)
    expect(o.xAxis.data[0]).toBe('07:00')
    expect(o.xAxis.data.at(-1)).toBe('22:00')
    expect(o.xAxis.data).toHaveLength(16)
    // [hour column, weekday row, bookings]: Monday 08:00 is column 1 row 0, Friday 14:00 column 7 row 4.
    expect(o.series[0]).toMatchObject({ name: '预约次数', type: 'heatmap' })
    expect(o.series[0]!.data).toEqual([
      [1, 0, 2],
      [7, 4, 5],
      [15, 6, 1],
    ])
    expect(o.visualMap).toMatchObject({ min: 0, max: 5 })
  })

  it('keeps a usable colour scale with no bookings at all', () => {
    const o = weekdayHourOption([], DAYS, '预约次数') as { series: Series[]; visualMap: { max: number } }
    expect(o.series[0]!.data).toEqual([])
    expect(o.visualMap.max).toBe(1)
  })
})
