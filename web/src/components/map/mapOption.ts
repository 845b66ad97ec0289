/**
 * Builds the ECharts option of the unit map: units as points on a plain longitude × latitude
 * grid (no tiles, no geo JSON: the machine may be offline), one colour per district, each district
 * outlined by the convex hull of its units. Pure, so it is unit-tested without a canvas.
 */
import type { ComposeOption } from 'echarts/core'
import type { CustomSeriesOption, ScatterSeriesOption } from 'echarts/charts'
import type {
  DataZoomComponentOption,
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
} from 'echarts/components'
import type { MapDistrict, MapUnit } from '@/api/types'
import { convexHull, type Point } from './convexHull'

export type MapOption = ComposeOption<
  | ScatterSeriesOption
  | CustomSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
  | DataZoomComponentOption
>

/** Distinct, print-friendly colours; districts take them in order. */
export const DISTRICT_COLOURS = [
  '#1e5fbf',
  '#d9534f',
  '#2e9d5b',
  '#e08a1e',
  '#7b4fc9',
  '#1aa3b8',
  '#c2458f',
  '#6d8a1f',
  '#a0522d',
  '#3b4f8a',
  '#d4a017',
  '#5a9bd5',
] as const
export const NO_DISTRICT_COLOUR = '#9aa3b2'

/** Grid margins in pixels: room for the legend above and the axis labels. */
export const GRID = { left: 80, right: 48, top: 44, bottom: 36 } as const

export interface Bounds {
  xMin: number
  xMax: number
  yMin: number
  yMax: number
}

/** Degree labels of a map's axes, three decimals, without the crowded end labels. */
export function mapAxisLabel() {
  return { color: '#6b7280', formatter: (v: number) => v.toFixed(3), showMinLabel: false, showMaxLabel: false }
}

/** Wheel and drag zoom on both axes of a map, keeping points outside the window drawn. */
export function mapDataZoom(): DataZoomComponentOption[] {
  return [
    { type: 'inside', xAxisIndex: 0, filterMode: 'none' },
    { type: 'inside', yAxisIndex: 0, filterMode: 'none' },
  ]
}

/** Smallest span shown, in degrees of latitude (about 550 m), so a lone unit is not blown up. */
const MIN_SPAN = 0.005

/**
 * Axis ranges that show every point with the same ground distance per pixel on both axes
 * ("equal aspect"): a degree of longitude is cos(latitude) times as long as a degree of latitude.
 */
export function equalAspectBounds(points: readonly Point[], width: number, height: number, pad = 0.08): Bounds | null {
  const finite = points.filter((p) => Number.isFinite(p[0]) && Number.isFinite(p[1]))
  if (finite.length === 0 || width <= 0 || height <= 0) return null
  let xMin = Infinity
  let xMax = -Infinity
  let yMin = Infinity
  let yMax = -Infinity
  for (const [x, y] of finite) {
    xMin = Math.min(xMin, x)
    xMax = Math.max(xMax, x)
    yMin = Math.min(yMin, y)
    yMax = Math.max(yMax, y)
  }
  const cx = (xMin + xMax) / 2
  const cy = (yMin + yMax) / 2
  const k = Math.max(0.01, Math.cos((cy * Math.PI) / 180))
  // Spans in "degrees of latitude", i.e. proportional to ground distance.
  let spanX = Math.max((xMax - xMin) * k, MIN_SPAN) * (1 + 2 * pad)
  let spanY = Math.max(yMax - yMin, MIN_SPAN) * (1 + 2 * pad)
  const aspect = width / height
  if (spanX / spanY < aspect) spanX = spanY * aspect
  else spanY = spanX / aspect
  return { xMin: cx - spanX / k / 2, xMax: cx + spanX / k / 2, yMin: cy - spanY / 2, yMax: cy + spanY / 2 }
}

export interface MapLabels {
  unitType: (type: MapUnit['type']) => string
  noDistrict: string
  longitude: string
  latitude: string
}

export interface MapInput {
  districts: readonly MapDistrict[]
  units: readonly MapUnit[]
  /** Units drawn larger, as diamonds (central kindergartens and schools). */
  emphasised?: ReadonlySet<number>
  labels: MapLabels
  /** Chart size in pixels. */
  width: number
  height: number
}

export interface UnitPoint {
  name: string
  value: [number, number]
  unitId: number
  districtName: string
  typeLabel: string
  symbol: string
  symbolSize: number
}

/** Text made safe inside a tooltip's HTML. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

function located(u: MapUnit): u is MapUnit & { longitude: number; latitude: number } {
  return (
    typeof u.longitude === 'number' &&
    typeof u.latitude === 'number' &&
    Number.isFinite(u.longitude) &&
    Number.isFinite(u.latitude)
  )
}

interface Group {
  key: string
  name: string
  colour: string
  units: (MapUnit & { longitude: number; latitude: number })[]
}

/** Units grouped by district, in the districts' order; units of no known district last. */
export function groupByDistrict(
  districts: readonly MapDistrict[],
  units: readonly MapUnit[],
  noDistrict: string,
): Group[] {
  const groups = new Map<number | null, Group>()
  districts.forEach((d, i) =>
    groups.set(d.id, {
      key: `d${d.id}`,
      name: d.name,
      colour: DISTRICT_COLOURS[i % DISTRICT_COLOURS.length]!,
      units: [],
    }),
  )
  const none: Group = { key: 'none', name: noDistrict, colour: NO_DISTRICT_COLOUR, units: [] }
  for (const u of units) {
    if (!located(u)) continue
    const g = (u.districtId !== null && groups.get(u.districtId)) || none
    g.units.push(u)
  }
  return [...groups.values(), none].filter((g) => g.units.length > 0)
}

function hullSeries(group: Group): CustomSeriesOption | null {
  const hull = convexHull(group.units.map((u) => [u.longitude, u.latitude] as const))
  if (hull.length < 2) return null
  return {
    type: 'custom',
    name: group.name,
    id: `hull-${group.key}`,
    silent: true,
    z: 1,
    data: hull.map((p) => [p[0], p[1]]),
    renderItem: (params, api) => {
      if (params.dataIndex !== 0) return null
      const points = hull.map((p) => api.coord([p[0], p[1]]))
      if (hull.length === 2) {
        return { type: 'polyline', shape: { points }, style: { stroke: group.colour, lineWidth: 2, opacity: 0.6 } }
      }
      return {
        type: 'polygon',
        shape: { points },
        style: { fill: group.colour, opacity: 0.14, stroke: group.colour, lineWidth: 1.5 },
      }
    },
  }
}

function pointSeries(group: Group, input: MapInput): ScatterSeriesOption {
  const data: UnitPoint[] = group.units.map((u) => {
    const big = input.emphasised?.has(u.id) ?? false
    return {
      name: u.name,
      value: [u.longitude, u.latitude],
      unitId: u.id,
      districtName: group.name,
      typeLabel: input.labels.unitType(u.type),
      symbol: big ? 'diamond' : 'circle',
      symbolSize: big ? 16 : 9,
    }
  })
  return {
    type: 'scatter',
    name: group.name,
    id: `units-${group.key}`,
    z: 3,
    data,
    itemStyle: { color: group.colour, borderColor: '#fff', borderWidth: 1 },
    emphasis: { scale: 1.4 },
  }
}

export function unitTooltip(p: UnitPoint): string {
  return `<strong>${escapeHtml(p.name)}</strong><br/>${escapeHtml(p.typeLabel)} · ${escapeHtml(p.districtName)}`
}

export function buildMapOption(input: MapInput): MapOption {
  const groups = groupByDistrict(input.districts, input.units, input.labels.noDistrict)
  const points = groups.flatMap((g) => g.units.map((u) => [u.longitude, u.latitude] as const))
  const bounds = equalAspectBounds(points, input.width - GRID.left - GRID.right, input.height - GRID.top - GRID.bottom)
  const series: (ScatterSeriesOption | CustomSeriesOption)[] = []
  for (const g of groups) {
    const hull = g.key === 'none' ? null : hullSeries(g)
    if (hull) series.push(hull)
    series.push(pointSeries(g, input))
  }
  // The computed min/max are rarely round numbers: only the ticks in between get labels.
  const axisLabel = mapAxisLabel()
  const splitLine = { lineStyle: { color: '#eef1f6' } }
  return {
    animation: false,
    color: groups.map((g) => g.colour),
    grid: { ...GRID, containLabel: false },
    legend: {
      type: 'scroll',
      top: 8,
      left: GRID.left,
      right: GRID.right,
      data: groups.map((g) => ({ name: g.name, itemStyle: { color: g.colour } })),
    },
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const p = Array.isArray(params) ? params[0] : params
        return p && p.seriesType === 'scatter' ? unitTooltip(p.data as UnitPoint) : ''
      },
    },
    xAxis: {
      type: 'value',
      name: input.labels.longitude,
      nameGap: 8,
      min: bounds?.xMin,
      max: bounds?.xMax,
      scale: true,
      axisLabel,
      splitLine,
    },
    yAxis: {
      type: 'value',
      name: input.labels.latitude,
      nameLocation: 'middle',
      nameRotate: 90,
      nameGap: 60,
      min: bounds?.yMin,
      max: bounds?.yMax,
      scale: true,
      axisLabel,
      splitLine,
    },
    // Wheel zoom and drag on both axes together, which keeps the aspect equal.
    dataZoom: mapDataZoom(),
    series,
  }
}
