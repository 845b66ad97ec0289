/**
 * The ECharts option of the zoning map: zones and districts as areas (GeoJSON polygons from the server:
 * Voronoi cells of their blocks, clipped to the region's outline), blocks and schools as points, on the
 * same plain longitude × latitude grid as the unit map (no tiles: the machine may be offline). Each zone
 * gets a colour; districts are drawn as thick outlines over the zones; moved blocks are ringed in red.
 * Pure, so it is unit-tested without a canvas.
 */
import type { CustomSeriesOption, ScatterSeriesOption } from 'echarts/charts'
import {
  DISTRICT_COLOURS,
  GRID,
  equalAspectBounds,
  type MapOption,
  mapAxisLabel,
  mapDataZoom,
} from '@/components/map/mapOption'

export type Position = [number, number]
export type Ring = Position[]

export interface AreaGeometry {
  type: string
  coordinates: unknown
}

export interface AreaProperties {
  layer: 'OUTLINE' | 'DISTRICT' | 'ZONE' | 'BLOCK' | 'SCHOOL' | string
  id?: number | null
  name?: string | null
  zoneNo?: number | null
  districtId?: number | null
  districtName?: string | null
  kind?: string | null
  children?: number | null
  seats?: number | null
  moved?: boolean | null
}

export interface AreaFeature {
  type: string
  geometry: AreaGeometry
  properties: AreaProperties
}

export interface AreaCollection {
  type: string
  features: AreaFeature[]
}

export interface ZoningMapLabels {
  longitude: string
  latitude: string
  blocks: string
  schools: string
  moved: string
}

export interface ZoneLegend {
  zoneNo: number
  name: string
  colour: string
  kind: string | null
  children: number
}

/** The polygons of a Polygon or MultiPolygon geometry (each a list of rings); nothing for other types. */
export function polygonsOf(geometry: AreaGeometry): Ring[][] {
  if (geometry.type === 'Polygon') return [geometry.coordinates as Ring[]]
  if (geometry.type === 'MultiPolygon') return geometry.coordinates as Ring[][]
  return []
}

/** Zones in the order the server sent them, each with its colour: the map's legend. */
export function zoneLegend(collection: AreaCollection): ZoneLegend[] {
  return collection.features
    .filter((f) => f.properties.layer === 'ZONE')
    .map((f, i) => ({
      zoneNo: f.properties.zoneNo ?? i,
      name: f.properties.name ?? '',
      colour: DISTRICT_COLOURS[i % DISTRICT_COLOURS.length]!,
      kind: f.properties.kind ?? null,
      children: f.properties.children ?? 0,
    }))
}

function areaSeries(
  id: string,
  polygons: Ring[][],
  style: { fill: string; opacity: number; stroke: string; lineWidth: number },
  z: number,
): CustomSeriesOption {
  // Holes are drawn as their own rings over the fill: zones here are unions of cells and rarely have them.
  const rings = polygons.flatMap((p) => p)
  return {
    type: 'custom',
    id,
    silent: true,
    z,
    data: rings.length > 0 ? [[0, 0]] : [],
    renderItem: (_params, api) => ({
      type: 'group',
      children: rings.map((ring) => ({
        type: 'polygon',
        shape: { points: ring.map((p) => api.coord(p)) },
        style,
      })),
    }),
  }
}

export function buildZoningMapOption(
  collection: AreaCollection,
  labels: ZoningMapLabels,
  width: number,
  height: number,
): MapOption {
  const legend = new Map(zoneLegend(collection).map((l) => [l.zoneNo, l]))
  const series: (CustomSeriesOption | ScatterSeriesOption)[] = []
  const points: Position[] = []
  for (const f of collection.features) {
    const p = f.properties
    if (p.layer === 'OUTLINE') {
      const polygons = polygonsOf(f.geometry)
      polygons.forEach((rings) => rings.forEach((r) => points.push(...r)))
      series.push(areaSeries('outline', polygons, { fill: '#f7f8fa', opacity: 1, stroke: '#9aa3b2', lineWidth: 1 }, 0))
    } else if (p.layer === 'ZONE') {
      const colour = legend.get(p.zoneNo ?? -1)?.colour ?? '#9aa3b2'
      series.push(
        areaSeries(
          `zone-${p.zoneNo}`,
          polygonsOf(f.geometry),
          { fill: colour, opacity: 0.35, stroke: '#ffffff', lineWidth: 1 },
          1,
        ),
      )
    } else if (p.layer === 'DISTRICT') {
      series.push(
        areaSeries(
          `district-${p.districtId}`,
          polygonsOf(f.geometry),
          { fill: 'none', opacity: 1, stroke: '#303133', lineWidth: 2.5 },
          2,
        ),
      )
    }
  }
  const blocks = collection.features.filter((f) => f.properties.layer === 'BLOCK')
  const schools = collection.features.filter((f) => f.properties.layer === 'SCHOOL')
  series.push({
    type: 'scatter',
    id: 'blocks',
    name: labels.blocks,
    z: 3,
    symbolSize: 4,
    data: blocks.map((f) => ({
      value: f.geometry.coordinates as Position,
      name: f.properties.name ?? '',
      itemStyle: {
        color: legend.get(f.properties.zoneNo ?? -1)?.colour ?? '#9aa3b2',
        borderColor: f.properties.moved ? '#d9534f' : '#ffffff',
        borderWidth: f.properties.moved ? 2 : 0.5,
      },
      symbolSize: f.properties.moved ? 8 : 4,
    })),
  })
  series.push({
    type: 'scatter',
    id: 'schools',
    name: labels.schools,
    z: 4,
    symbol: 'diamond',
    symbolSize: 12,
    itemStyle: { color: '#303133', borderColor: '#ffffff', borderWidth: 1 },
    data: schools.map((f) => ({ value: f.geometry.coordinates as Position, name: f.properties.name ?? '' })),
  })
  const bounds = equalAspectBounds(
    points.length > 0 ? points : blocks.map((f) => f.geometry.coordinates as Position),
    width - GRID.left - GRID.right,
    height - GRID.top - GRID.bottom,
    0.02,
  )
  const axisLabel = mapAxisLabel()
  return {
    animation: false,
    grid: { ...GRID, containLabel: false },
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const p = Array.isArray(params) ? params[0] : params
        return p && p.seriesType === 'scatter' ? String((p.data as { name?: string }).name ?? '') : ''
      },
    },
    xAxis: { type: 'value', name: labels.longitude, min: bounds?.xMin, max: bounds?.xMax, scale: true, axisLabel },
    yAxis: {
      type: 'value',
      name: labels.latitude,
      nameLocation: 'middle',
      nameRotate: 90,
      nameGap: 60,
      min: bounds?.yMin,
      max: bounds?.yMax,
      scale: true,
      axisLabel,
    },
    dataZoom: mapDataZoom(),
    series,
  }
}
