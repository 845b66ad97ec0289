/**
 * One resource's usage (`GET /usage/resources/{id}`): the headline figures and the ECharts options of
 * its detail tab (monthly hours with utilisation, weekday × hour heatmap of starts). Pure.
 */
import { DAYS_OF_WEEK, type ResourceMonthlyUsage, type ResourceUsageTotals, type WeekdayHourCell } from '@/api/sharing'
import type { SharingChartOption } from '@/components/sharing/echarts'
import { percent } from './usageCharts'

const BLUE = '#1e5fbf'
const ORANGE = '#e8890c'

/** The heatmap always shows at least these start hours (a school day), widened to any hour with data. */
export const FIRST_HOUR = 7
export const LAST_HOUR = 21

export type FigureKey =
  | 'bookings'
  | 'hours'
  | 'openHours'
  | 'utilisation'
  | 'averageAttendees'
  | 'noShows'
  | 'cancelled'
  | 'rejected'
  | 'expired'
  | 'pending'
  | 'rating'

export interface Figure {
  key: FigureKey
  /** Shown as is: counts, hours with one decimal, `13.3%`, `4.5`; `—` when there is nothing. */
  value: string
  /** Extra line under some figures, with its message parameter. */
  hint?: { key: 'attendees' | 'ratingCount' | 'noRating' | 'pending'; n?: number }
}

function oneDecimal(n: number): string {
  return (Math.round(n * 10) / 10).toFixed(1).replace(/\.0$/, '')
}

/** The headline figures, in the order the tab shows them. */
export function usageFigures(t: ResourceUsageTotals): Figure[] {
  return [
    { key: 'bookings', value: String(t.bookings) },
    { key: 'hours', value: oneDecimal(t.hours) },
    { key: 'openHours', value: oneDecimal(t.openHours) },
    { key: 'utilisation', value: `${percent(t.utilisation)}%` },
    {
      key: 'averageAttendees',
      value: t.bookings > 0 ? oneDecimal(t.averageAttendees) : '—',
      hint: { key: 'attendees', n: t.attendees },
    },
    { key: 'noShows', value: String(t.noShows) },
    { key: 'cancelled', value: String(t.cancelled) },
    { key: 'rejected', value: String(t.rejected) },
    { key: 'expired', value: String(t.expired) },
    { key: 'pending', value: String(t.pending), hint: { key: 'pending' } },
    t.rating === null || t.ratingCount === 0
      ? { key: 'rating', value: '—', hint: { key: 'noRating' } }
      : { key: 'rating', value: t.rating.toFixed(1), hint: { key: 'ratingCount', n: t.ratingCount } },
  ]
}

export interface MonthlyLabels {
  hours: string
  utilisation: string
}

/** Hours per month as bars, utilisation per month as a line on a second axis in percent. */
export function monthlyUtilisationOption(
  rows: readonly ResourceMonthlyUsage[],
  labels: MonthlyLabels,
): SharingChartOption {
  const sorted = [...rows].sort((a, b) => a.month.localeCompare(b.month))
  return {
    color: [BLUE, ORANGE],
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: sorted.map((r) => r.month) },
    yAxis: [
      { type: 'value' },
      { type: 'value', min: 0, axisLabel: { formatter: '{value}%' }, splitLine: { show: false } },
    ],
    series: [
      { name: labels.hours, type: 'bar', data: sorted.map((r) => Math.round(r.hours * 10) / 10), barMaxWidth: 26 },
      {
        name: labels.utilisation,
        type: 'line',
        yAxisIndex: 1,
        data: sorted.map((r) => percent(r.utilisation)),
        smooth: true,
      },
    ],
  }
}

/** Start hours shown on the heatmap: 7–21, widened to the earliest and latest hour with bookings. */
export function heatmapHours(cells: readonly WeekdayHourCell[]): number[] {
  const hours = cells.map((c) => c.hour)
  const first = Math.min(FIRST_HOUR, ...hours)
  const last = Math.max(LAST_HOUR, ...hours)
  return Array.from({ length: last - first + 1 }, (_, i) => first + i)
}

/**
 * Bookings by weekday (rows, Monday on top) and start hour (columns). `dayLabels` are the seven
 * weekday names, Monday first. Data items are `[hour column, weekday row, bookings]`.
 */
export function weekdayHourOption(
  cells: readonly WeekdayHourCell[],
  dayLabels: readonly string[],
  seriesName: string,
): SharingChartOption {
  const hours = heatmapHours(cells)
  const totals = new Map<string, number>()
  for (const c of cells) totals.set(`${c.day}/${c.hour}`, (totals.get(`${c.day}/${c.hour}`) ?? 0) + c.bookings)
  const data: [number, number, number][] = []
  for (const [key, bookings] of totals) {
    const [day, hour] = key.split('/')
    const row = DAYS_OF_WEEK.indexOf(day as (typeof DAYS_OF_WEEK)[number])
    if (row >= 0 && bookings > 0) data.push([hours.indexOf(Number(hour)), row, bookings])
  }
  data.sort((a, b) => a[1] - b[1] || a[0] - b[0])
  const max = Math.max(1, ...data.map((d) => d[2]))
  return {
    tooltip: { position: 'top' },
    grid: { left: 8, right: 8, top: 8, bottom: 64, containLabel: true },
    xAxis: {
      type: 'category',
      data: hours.map((h) => `${String(h).padStart(2, '0')}:00`),
      splitArea: { show: true },
      axisLabel: { interval: 'auto' },
    },
    yAxis: { type: 'category', data: [...dayLabels], inverse: true, splitArea: { show: true } },
    visualMap: {
      min: 0,
      max,
      calculable: true,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      itemHeight: 120,
      inRange: { color: ['#eef3fb', BLUE] },
    },
    series: [
      {
        name: seriesName,
        type: 'heatmap',
        data,
        label: { show: true },
        emphasis: { itemStyle: { shadowBlur: 6, shadowColor: 'rgba(0, 0, 0, 0.3)' } },
      },
    ],
  }
}
