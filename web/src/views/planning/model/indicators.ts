/** Plan indicators: traffic lights (colour, icon and words), the trend sparkline and the progress in words. Pure. */
import type { IndicatorView, Progress, TrafficLight, TrendPoint, ValueForm } from '@/api/planning'
import type { SharingChartOption } from '@/components/sharing/echarts'
import { formatNumber } from './format'
import type { Translate } from './outlook'

/** A light is never told by colour alone: each has a tag type, a colour, a symbol and words (planning.light.*). */
export const LIGHT_META: Record<
  TrafficLight,
  { tag: 'success' | 'warning' | 'danger' | 'info'; colour: string; symbol: string }
> = {
  ON_TRACK: { tag: 'success', colour: '#2f9e44', symbol: '●' },
  AT_RISK: { tag: 'warning', colour: '#e8890c', symbol: '▲' },
  OFF_TRACK: { tag: 'danger', colour: '#d03838', symbol: '■' },
  NO_DATA: { tag: 'info', colour: '#9aa3b2', symbol: '○' },
}

/** The lights of a plan in a fixed order with their counts (zeros included, so the summary never jumps). */
export function lightCounts(lights: Record<string, number>): { light: TrafficLight; count: number }[] {
  return (Object.keys(LIGHT_META) as TrafficLight[]).map((light) => ({ light, count: lights[light] ?? 0 }))
}

/** The latest actual value, or null. */
export function latestPoint(indicator: IndicatorView): TrendPoint | null {
  return indicator.trend.length ? indicator.trend[indicator.trend.length - 1]! : null
}

/**
 * A small line of the actual values with the target as a dashed line; the last point wears its light's
 * colour. Axes hidden: it is a sparkline, the numbers are in the row.
 */
export function sparklineOption(indicator: IndicatorView): SharingChartOption {
  const trend = indicator.trend
  const colour = LIGHT_META[indicator.progress.light].colour
  const values = trend.map((p) => p.value)
  const target = indicator.fields.target
  const min = Math.min(...values, target)
  const max = Math.max(...values, target)
  const pad = (max - min) * 0.15 || Math.abs(max) * 0.05 || 1
  return {
    animation: false,
    grid: { left: 2, right: 6, top: 4, bottom: 4 },
    tooltip: { trigger: 'axis', confine: true },
    xAxis: { type: 'category', data: trend.map((p) => String(p.year)), show: false, boundaryGap: false },
    yAxis: { type: 'value', show: false, min: min - pad, max: max + pad },
    series: [
      {
        type: 'line',
        data: values.map((v, i) => ({
          value: v,
          symbolSize: i === values.length - 1 ? 7 : 4,
          itemStyle: { color: i === values.length - 1 ? colour : '#1e5fbf' },
        })),
        lineStyle: { color: '#1e5fbf', width: 2 },
      },
      {
        type: 'line',
        symbol: 'none',
        lineStyle: { type: 'dashed', color: '#6b7280', width: 1 },
        data: trend.map(() => target),
      },
    ],
  }
}

/**
 * The progress in the console's words: how far along the way to the target the latest value is, against how
 * far it should be by now; the server's working (its `formula`) is shown beneath, verbatim.
 */
export function progressText(p: Progress, t: Translate): string {
  if (p.light === 'NO_DATA' || p.actual === null) return t('planning.progress.noData')
  const pct = (v: number | null) => (v === null ? '—' : `${formatNumber(v * 100, 1)}%`)
  return t('planning.progress.sentence', {
    year: p.year ?? '—',
    actual: formatNumber(p.actual, 4),
    achieved: pct(p.achievedShare),
    expected: pct(p.expectedShare),
    light: t(`planning.light.${p.light}`),
  })
}

/** A year's change as the trend table shows it: +2.5 ↑ better, −1 ↓ worse. */
export function changeText(point: TrendPoint, t: Translate): string {
  if (point.change === null) return '—'
  const sign = point.change > 0 ? '+' : point.change < 0 ? '−' : '±'
  const amount = `${sign}${formatNumber(Math.abs(point.change), 4)}`
  if (point.trend === 1) return `${amount} ${t('planning.trend.better')}`
  if (point.trend === -1) return `${amount} ${t('planning.trend.worse')}`
  return amount
}

/** Reasons an actual value cannot be sent (message keys by field). */
export function valueErrors(year: number | null, form: Partial<ValueForm>): Record<string, string> {
  const out: Record<string, string> = {}
  if (year === null || !Number.isInteger(year) || year < 2000 || year > 2100) out.year = 'planning.value.yearRange'
  if (form.value === null || form.value === undefined || !Number.isFinite(form.value))
    out.value = 'planning.value.required'
  if ((form.note ?? '').length > 300) out.note = 'planning.value.noteLength'
  return out
}
