import { describe, expect, it } from 'vitest'
import type { MapDistrict, MapUnit } from '@/api/types'
import {
  buildMapOption,
  equalAspectBounds,
  groupByDistrict,
  NO_DISTRICT_COLOUR,
  unitTooltip,
  type UnitPoint,
} from './mapOption'

const districts: MapDistrict[] = [
  { id: 1, name: '德胜学区', kind: 'PRIMARY' },
  { id: 2, name: '金融街学区', kind: 'PRIMARY' },
  { id: 3, name: '空学区', kind: 'PRIMARY' },
]
const units: MapUnit[] = [
  { id: 10, name: '一小', type: 'PRIMARY', districtId: 1, longitude: 116.37, latitude: 39.94 },
  { id: 11, name: '二小', type: 'PRIMARY', districtId: 1, longitude: 116.38, latitude: 39.95 },
  { id: 12, name: '三小', type: 'PRIMARY', districtId: 1, longitude: 116.39, latitude: 39.94 },
  { id: 13, name: '<b>四小</b>', type: 'NINE_YEAR', districtId: 2, longitude: 116.35, latitude: 39.91 },
  { id: 14, name: '无坐标', type: 'PRIMARY', districtId: 2, longitude: null, latitude: null },
  { id: 15, name: '外区', type: 'JUNIOR', districtId: 99, longitude: 116.33, latitude: 39.9 },
]
const labels = { unitType: (t: string) => `T:${t}`, noDistrict: '未划入学区', longitude: '经度', latitude: '纬度' }

describe('equal-aspect bounds', () => {
  it('gives a degree of longitude cos(latitude) of the pixels of a degree of latitude', () => {
    const b = equalAspectBounds(
      [
        [116.3, 39.86],
        [116.4, 39.95],
      ],
      800,
      500,
    )!
    const k = Math.cos((39.905 * Math.PI) / 180)
    const pxPerLng = 800 / (b.xMax - b.xMin)
    const pxPerLat = 500 / (b.yMax - b.yMin)
    expect(pxPerLng / pxPerLat).toBeCloseTo(k, 6)
    expect(b.xMin).toBeLessThan(116.3)
    expect(b.xMax).toBeGreaterThan(116.4)
    expect(b.yMin).toBeLessThan(39.86)
    expect(b.yMax).toBeGreaterThan(39.95)
  })

  it('keeps a lone point from filling the chart, and gives up without points or size', () => {
    const b = equalAspectBounds([[116.35, 39.9]], 400, 400)!
    expect(b.yMax - b.yMin).toBeGreaterThanOrEqual(0.005)
    expect((b.xMin + b.xMax) / 2).toBeCloseTo(116.35, 9)
    expect(equalAspectBounds([], 400, 400)).toBeNull()
    expect(equalAspectBounds([[1, 1]], 0, 400)).toBeNull()
  })
})

describe('unit map option', () => {
  it('groups located units by district, unknown districts last, empty districts left out', () => {
    const groups = groupByDistrict(districts, units, '未划入学区')
    expect(groups.map((g) => [g.name, g.units.map((u) => u.id)])).toEqual([
      ['德胜学区', [10, 11, 12]],
      ['金融街学区', [13]],
      ['未划入学区', [15]],
    ])
    expect(groups[2]!.colour).toBe(NO_DISTRICT_COLOUR)
  })

  it('draws one point series per district and a hull for districts with enough units', () => {
    const option = buildMapOption({ districts, units, labels, width: 800, height: 600, emphasised: new Set([11]) })
    const series = option.series as { type: string; name: string; id: string; data: unknown[] }[]
    expect(series.map((s) => `${s.type}:${s.name}`)).toEqual([
      'custom:德胜学区',
      'scatter:德胜学区',
      'scatter:金融街学区',
      'scatter:未划入学区',
    ])
    expect(series[0]!.data).toHaveLength(3)
    const points = series[1]!.data as UnitPoint[]
    expect(points.find((p) => p.unitId === 11)).toMatchObject({ symbol: 'diamond', typeLabel: 'T:PRIMARY' })
    expect(points.find((p) => p.unitId === 10)).toMatchObject({ symbol: 'circle', value: [116.37, 39.94] })
    const legend = option.legend as { data: { name: string }[] }
    expect(legend.data.map((d) => d.name)).toEqual(['德胜学区', '金融街学区', '未划入学区'])
  })

  it('escapes names in the tooltip', () => {
    const html = unitTooltip({
      name: '<b>四小</b>',
      value: [0, 0],
      unitId: 13,
      districtName: '金融街学区',
      typeLabel: '九年一贯制',
      symbol: 'circle',
      symbolSize: 9,
    })
    expect(html).toContain('&#60;b&#62;四小&#60;/b&#62;')
    expect(html).toContain('九年一贯制 · 金融街学区')
  })
})
