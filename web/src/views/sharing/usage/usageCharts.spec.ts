import { describe, expect, it } from 'vitest'
import {
  districtOption,
  monthlyOption,
  percent,
  pieOption,
  requesterItems,
  splitRequesterType,
  topOption,
} from './usageCharts'

const labels = { bookings: '预约次数', hours: '使用时长', utilisation: '利用率' }

describe('usage charts', () => {
  it('orders districts by hours and puts utilisation in percent on the second axis', () => {
    const o = districtOption(
      [
        {
          districtId: 1,
          districtName: '德胜学区',
          resources: 10,
          bookings: 30,
          hours: 60.4,
          openHours: 1000,
          utilisation: 0.0604,
        },
        {
          districtId: 2,
          districtName: '长安街学区',
          resources: 20,
          bookings: 50,
          hours: 120,
          openHours: 800,
          utilisation: 0.15,
        },
        { districtId: null, districtName: null, resources: 1, bookings: 1, hours: 2, openHours: 10, utilisation: 0.2 },
      ],
      labels,
      '未划入学区',
    ) as { xAxis: { data: string[] }; series: { data: number[]; yAxisIndex?: number }[] }
    expect(o.xAxis.data).toEqual(['长安街学区', '德胜学区', '未划入学区'])
    expect(o.series[0]!.data).toEqual([50, 30, 1])
    expect(o.series[1]!.data).toEqual([120, 60, 2])
    expect(o.series[2]!.data).toEqual([15, 6, 20])
    expect(o.series[2]!.yAxisIndex).toBe(1)
  })

  it('sorts months and keeps the ten most used resources', () => {
    const m = monthlyOption(
      [
        { month: '2026-04', bookings: 5, hours: 10, openHours: 0, utilisation: 0 },
        { month: '2026-03', bookings: 3, hours: 6, openHours: 0, utilisation: 0 },
      ],
      labels,
    ) as { xAxis: { data: string[] } }
    expect(m.xAxis.data).toEqual(['2026-03', '2026-04'])
    const rows = Array.from({ length: 12 }, (_, i) => ({
      resourceId: i,
      name: `资源${i}`,
      ownerName: '',
      kind: 'VENUE' as const,
      districtId: null,
      districtName: null,
      bookings: i,
      hours: i * 2,
      openHours: 0,
      utilisation: 0,
    }))
    const t = topOption(rows, labels) as { yAxis: { data: string[] } }
    expect(t.yAxis.data).toHaveLength(10)
    expect(t.yAxis.data[0]).toBe('资源11')
  })

  it('labels requester types and builds pie slices largest first', () => {
    expect(splitRequesterType('UNIT:PRIMARY')).toEqual(['UNIT', 'PRIMARY'])
    expect(splitRequesterType('INSTITUTION')).toEqual(['INSTITUTION', null])
    const items = requesterItems(
      [
        { type: 'INSTITUTION', bookings: 3, hours: 7.6 },
        { type: 'UNIT:PRIMARY', bookings: 9, hours: 20 },
      ],
      (t) => (t === 'INSTITUTION' ? '社会机构' : '小学'),
    )
    const pie = pieOption(items, '预约方') as { series: { data: { name: string; value: number }[] }[] }
    expect(pie.series[0]!.data).toEqual([
      { name: '小学', value: 9 },
      { name: '社会机构', value: 3 },
    ])
    expect(percent(0.0644)).toBe(6.4)
  })
})
