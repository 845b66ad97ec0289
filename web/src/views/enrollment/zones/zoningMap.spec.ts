import { describe, expect, it } from 'vitest'
import { buildZoningMapOption, polygonsOf, zoneLegend, type AreaCollection } from './zoningMap'

const square = (x: number, y: number, d = 0.01) => [
  [
    [x, y],
    [x + d, y],
    [x + d, y + d],
    [x, y + d],
    [x, y],
  ],
]

const collection: AreaCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      geometry: { type: 'Polygon', coordinates: square(116.3, 39.9, 0.05) },
      properties: { layer: 'OUTLINE' },
    },
    {
      type: 'Feature',
      geometry: { type: 'Polygon', coordinates: square(116.3, 39.9, 0.05) },
      properties: { layer: 'DISTRICT', districtId: 7, name: '一学区' },
    },
    {
      type: 'Feature',
      geometry: { type: 'Polygon', coordinates: square(116.3, 39.9) },
      properties: { layer: 'ZONE', zoneNo: 0, name: '甲小学片区', kind: 'SINGLE', children: 40 },
    },
    {
      type: 'Feature',
      geometry: { type: 'MultiPolygon', coordinates: [square(116.32, 39.9), square(116.34, 39.92)] },
      properties: { layer: 'ZONE', zoneNo: 1, name: '乙·丙多校划片', kind: 'MULTI', children: 60 },
    },
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [116.305, 39.905] },
      properties: { layer: 'BLOCK', id: 1, zoneNo: 0, moved: false },
    },
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [116.325, 39.905] },
      properties: { layer: 'BLOCK', id: 2, zoneNo: 1, moved: true },
    },
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [116.31, 39.91] },
      properties: { layer: 'SCHOOL', id: 9, name: '甲小学' },
    },
  ],
}

const labels = { longitude: '经度', latitude: '纬度', blocks: '小区', schools: '学校', moved: '调整' }

describe('the zoning map', () => {
  it('reads Polygon and MultiPolygon geometries and ignores points', () => {
    expect(polygonsOf({ type: 'Polygon', coordinates: square(0, 0) })).toHaveLength(1)
    expect(polygonsOf({ type: 'MultiPolygon', coordinates: [square(0, 0), square(1, 1)] })).toHaveLength(2)
    expect(polygonsOf({ type: 'Point', coordinates: [0, 0] })).toEqual([])
  })

  it('gives every zone a colour and lists it in the legend with its children', () => {
    const legend = zoneLegend(collection)
    expect(legend.map((l) => l.name)).toEqual(['甲小学片区', '乙·丙多校划片'])
    expect(legend[0]!.colour).not.toEqual(legend[1]!.colour)
    expect(legend[1]).toMatchObject({ kind: 'MULTI', children: 60 })
  })

  it('draws the outline, each zone and district as an area, then blocks and schools on top', () => {
    const option = buildZoningMapOption(collection, labels, 800, 600)
    const series = option.series as { id: string; type: string; z: number; data: unknown[] }[]
    expect(series.map((s) => s.id)).toEqual(['outline', 'district-7', 'zone-0', 'zone-1', 'blocks', 'schools'])
    const zone = series.find((s) => s.id === 'zone-0')!
    expect(zone.type).toBe('custom')
    expect(series.find((s) => s.id === 'district-7')!.z).toBeGreaterThan(zone.z)
    expect(series.find((s) => s.id === 'blocks')!.z).toBeGreaterThan(series.find((s) => s.id === 'district-7')!.z)
  })

  it('rings a block that moves in red and colours each block as its zone', () => {
    const option = buildZoningMapOption(collection, labels, 800, 600)
    const blocks = (
      option.series as { id: string; data: { itemStyle: { borderColor: string; color: string } }[] }[]
    ).find((s) => s.id === 'blocks')!
    expect(blocks.data[0]!.itemStyle.borderColor).toBe('#ffffff')
    expect(blocks.data[1]!.itemStyle.borderColor).toBe('#d9534f')
    const legend = zoneLegend(collection)
    expect(blocks.data[1]!.itemStyle.color).toBe(legend[1]!.colour)
  })

  it('frames the outline with the same scale on both axes', () => {
    const option = buildZoningMapOption(collection, labels, 800, 600)
    const x = option.xAxis as { min: number; max: number }
    const y = option.yAxis as { min: number; max: number }
    expect(x.min).toBeLessThanOrEqual(116.3)
    expect(x.max).toBeGreaterThanOrEqual(116.35)
    expect(y.min).toBeLessThanOrEqual(39.9)
    expect(y.max).toBeGreaterThanOrEqual(39.95)
  })
})
