/** ECharts options of the balance dashboard and the gap map, built from the API's documents. Pure. */
import type { ComposeOption } from 'echarts/core'
import type { ScatterSeriesOption } from 'echarts/charts'
import type { GridComponentOption, TooltipComponentOption, DataZoomComponentOption } from 'echarts/components'
import type { BalanceIndicator, BalanceSchoolRow, Indicator, TrendPoint } from '@/api/evaluation'
import type { SharingChartOption } from '@/components/sharing/echarts'
import { equalAspectBounds, GRID, mapAxisLabel, mapDataZoom, escapeHtml } from '@/components/map/mapOption'
import { formatCv } from './format'

export const PASS_COLOUR = '#2f9e44'
export const FAIL_COLOUR = '#d03838'
export const NEAR_COLOUR = '#e8890c'
export const THRESHOLD_COLOUR = '#6b7280'
const PALETTE = ['#1e5fbf', '#2f9e44', '#e8890c', '#7b4fc9', '#0f766e', '#c2410c', '#d03838', '#3f7d20', '#6b7280']

/**
 * Each indicator's CV as a bar (red when it fails), its threshold as a dashed step line over the
 * bar. The threshold is a series, not a markLine, so the console's bar/line chart draws it.
 */
export function cvBarsOption(
  indicators: readonly BalanceIndicator[],
  nameOf: (i: BalanceIndicator) => string,
  labels: { cv: string; threshold: string },
): SharingChartOption {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, data: [labels.cv, labels.threshold] },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      data: indicators.map(nameOf),
      axisLabel: { interval: 0, width: 90, overflow: 'break', fontSize: 11 },
    },
    yAxis: { type: 'value', min: 0 },
    series: [
      {
        name: labels.cv,
        type: 'bar',
        barMaxWidth: 36,
        data: indicators.map((i) => ({
          value: Math.round(i.cv * 1000) / 1000,
          itemStyle: { color: i.passes ? PASS_COLOUR : FAIL_COLOUR },
        })),
        label: { show: true, position: 'top', formatter: (p: { value?: unknown }) => formatCv(Number(p.value)) },
      },
      {
        name: labels.threshold,
        type: 'line',
        step: 'middle',
        symbol: 'none',
        lineStyle: { type: 'dashed', color: THRESHOLD_COLOUR, width: 2 },
        itemStyle: { color: THRESHOLD_COLOUR },
        data: indicators.map((i) => i.threshold),
      },
    ],
  }
}

/**
 * CVs over the years, one line per indicator, thresholds as dashed lines (one per distinct value).
 * Under 2012 the points carry the composite CV: drawn as a bold line of its own (with its threshold
 * when given), since that is the figure the standard tests.
 */
export function trendOption(
  points: readonly TrendPoint[],
  nameOf: (i: Indicator) => string,
  thresholdLabel: string,
  composite?: { label: string; threshold: number | null },
): SharingChartOption {
  const years = points.map((p) => String(p.year))
  const indicators: Indicator[] = []
  for (const p of points)
    for (const i of p.indicators) if (!indicators.includes(i.indicator)) indicators.push(i.indicator)
  const lines = indicators.map((ind, k) => ({
    name: nameOf(ind),
    type: 'line' as const,
    smooth: false,
    color: PALETTE[k % PALETTE.length],
    data: points.map((p) => {
      const v = p.indicators.find((i) => i.indicator === ind)
      return v ? Math.round(v.cv * 1000) / 1000 : null
    }),
  }))
  const thresholds = [
    ...new Set(points.flatMap((p) => p.indicators.map((i) => i.threshold)).filter((t): t is number => t !== null)),
  ]
  const thresholdLines = thresholds.map((t, k) => ({
    name: thresholds.length > 1 ? `${thresholdLabel} ${t}` : thresholdLabel,
    type: 'line' as const,
    symbol: 'none',
    lineStyle: { type: 'dashed' as const, color: k === 0 ? FAIL_COLOUR : NEAR_COLOUR, width: 2 },
    itemStyle: { color: k === 0 ? FAIL_COLOUR : NEAR_COLOUR },
    data: points.map(() => t),
  }))
  const compositeLines =
    composite && points.some((p) => p.compositeCv !== null)
      ? [
          {
            name: composite.label,
            type: 'line' as const,
            smooth: false,
            color: '#111827',
            lineStyle: { width: 3 },
            data: points.map((p) => (p.compositeCv === null ? null : Math.round(p.compositeCv * 1000) / 1000)),
          },
          ...(composite.threshold === null
            ? []
            : [
                {
                  name: `${composite.label} · ${thresholdLabel}`,
                  type: 'line' as const,
                  symbol: 'none',
                  lineStyle: { type: 'dashed' as const, color: FAIL_COLOUR, width: 2 },
                  itemStyle: { color: FAIL_COLOUR },
                  data: points.map(() => composite.threshold),
                },
              ]),
        ]
      : []
  return {
    tooltip: { trigger: 'axis' },
    legend: { type: 'scroll', top: 0 },
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: years, boundaryGap: false },
    yAxis: { type: 'value', min: 0 },
    series: [...compositeLines, ...lines, ...thresholdLines],
  }
}

export type GapBand = 'meets' | 'near' | 'far' | 'none'

/**
 * ≥ 1: every minimum met; ≥ 0.85: within the 85 % the per-school test tolerates; below: far off;
 * null (no minimum to compare with): none.
 */
export function gapBand(worstGapRatio: number | null): GapBand {
  if (worstGapRatio === null) return 'none'
  if (worstGapRatio >= 1) return 'meets'
  if (worstGapRatio >= 0.85) return 'near'
  return 'far'
}

export const BAND_COLOURS: Record<GapBand, string> = {
  meets: PASS_COLOUR,
  near: NEAR_COLOUR,
  far: FAIL_COLOUR,
  none: THRESHOLD_COLOUR,
}

export type GapMapOption = ComposeOption<
  ScatterSeriesOption | GridComponentOption | TooltipComponentOption | DataZoomComponentOption
>

export interface GapPoint {
  name: string
  value: [number, number]
  unitId: number
  ratio: number | null
  itemStyle: { color: string }
}

export function located(s: BalanceSchoolRow): boolean {
  return (
    typeof s.longitude === 'number' &&
    typeof s.latitude === 'number' &&
    Number.isFinite(s.longitude) &&
    Number.isFinite(s.latitude)
  )
}

/**
 * Schools as points on the same plain longitude × latitude grid as the registry map (equal aspect,
 * no tiles), coloured by their worst value/minimum ratio.
 */
export function gapMapOption(
  rows: readonly BalanceSchoolRow[],
  size: { width: number; height: number },
  tooltip: (row: BalanceSchoolRow) => string,
): GapMapOption {
  const points = rows.filter(located)
  const bounds = equalAspectBounds(
    points.map((s) => [s.longitude!, s.latitude!] as const),
    size.width - GRID.left - GRID.right,
    size.height - GRID.top - GRID.bottom,
  )
  const byId = new Map(points.map((s) => [s.unitId, s]))
  const data: GapPoint[] = points.map((s) => ({
    name: s.unitName,
    value: [s.longitude!, s.latitude!],
    unitId: s.unitId,
    ratio: s.worstGapRatio,
    itemStyle: { color: BAND_COLOURS[gapBand(s.worstGapRatio)] },
  }))
  const axisLabel = mapAxisLabel()
  return {
    animation: false,
    grid: { ...GRID, top: 16, containLabel: false },
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const p = Array.isArray(params) ? params[0] : params
        const row = p ? byId.get((p.data as GapPoint).unitId) : undefined
        return row ? tooltip(row) : ''
      },
    },
    xAxis: { type: 'value', min: bounds?.xMin, max: bounds?.xMax, scale: true, axisLabel },
    yAxis: { type: 'value', min: bounds?.yMin, max: bounds?.yMax, scale: true, axisLabel },
    dataZoom: mapDataZoom(),
    series: [
      {
        type: 'scatter',
        symbolSize: 12,
        data,
        itemStyle: { borderColor: '#fff', borderWidth: 1 },
        emphasis: { scale: 1.4 },
      },
    ],
  }
}

/** A tooltip line for a school on the map. */
export function gapTooltip(row: BalanceSchoolRow, ratioText: string): string {
  return `<strong>${escapeHtml(row.unitName)}</strong><br/>${escapeHtml(ratioText)}`
}
