/** ECharts options of the supply-and-use dashboard, built from the usage document. Pure. */
import type { DistrictUsage, MonthlyUsage, RequesterTypeUsage, TopResource } from '@/api/sharing'
import type { SharingChartOption } from '@/components/sharing/echarts'

const BLUE = '#1e5fbf'
const GREEN = '#2f9e44'
const ORANGE = '#e8890c'
const PALETTE = [BLUE, GREEN, ORANGE, '#7b4fc9', '#0f766e', '#c2410c', '#6b7280', '#d03838', '#3f7d20']

export interface SeriesLabels {
  bookings: string
  hours: string
  utilisation: string
}

/** Rounds a ratio to a percentage with one decimal. */
export function percent(ratio: number): number {
  return Math.round(ratio * 1000) / 10
}

/** Bookings and hours per district (bars), utilisation on a second axis (line, %). */
export function districtOption(
  rows: readonly DistrictUsage[],
  labels: SeriesLabels,
  unnamed: string,
): SharingChartOption {
  const sorted = [...rows].sort((a, b) => b.hours - a.hours)
  return {
    color: [BLUE, GREEN, ORANGE],
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      data: sorted.map((r) => r.districtName ?? unnamed),
      axisLabel: { interval: 0, rotate: sorted.length > 8 ? 30 : 0 },
    },
    yAxis: [
      { type: 'value', minInterval: 1 },
      { type: 'value', axisLabel: { formatter: '{value}%' }, splitLine: { show: false } },
    ],
    series: [
      { name: labels.bookings, type: 'bar', data: sorted.map((r) => r.bookings), barMaxWidth: 22 },
      { name: labels.hours, type: 'bar', data: sorted.map((r) => Math.round(r.hours)), barMaxWidth: 22 },
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

export function monthlyOption(rows: readonly MonthlyUsage[], labels: SeriesLabels): SharingChartOption {
  const sorted = [...rows].sort((a, b) => a.month.localeCompare(b.month))
  return {
    color: [BLUE, GREEN],
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: sorted.map((r) => r.month) },
    yAxis: [
      { type: 'value', minInterval: 1 },
      { type: 'value', splitLine: { show: false } },
    ],
    series: [
      { name: labels.bookings, type: 'bar', data: sorted.map((r) => r.bookings), barMaxWidth: 26 },
      { name: labels.hours, type: 'line', yAxisIndex: 1, data: sorted.map((r) => Math.round(r.hours)), smooth: true },
    ],
  }
}

/** A doughnut of named values, largest first, small slices kept (they matter: who is left out). */
export function pieOption(items: readonly { name: string; value: number }[], seriesName: string): SharingChartOption {
  return {
    color: PALETTE,
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { type: 'scroll', orient: 'vertical', right: 0, top: 'middle' },
    series: [
      {
        name: seriesName,
        type: 'pie',
        radius: ['42%', '70%'],
        center: ['36%', '50%'],
        data: [...items].sort((a, b) => b.value - a.value),
        label: { show: false },
      },
    ],
  }
}

/** The most-used resources as horizontal bars (hours), highest on top. */
export function topOption(rows: readonly TopResource[], labels: SeriesLabels): SharingChartOption {
  const top = [...rows].sort((a, b) => b.hours - a.hours).slice(0, 10)
  return {
    color: [BLUE],
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value' },
    yAxis: {
      type: 'category',
      inverse: true,
      data: top.map((r) => r.name),
      axisLabel: { width: 140, overflow: 'truncate' },
    },
    series: [
      {
        name: labels.hours,
        type: 'bar',
        data: top.map((r) => Math.round(r.hours)),
        barMaxWidth: 16,
        label: { show: true, position: 'right' },
      },
    ],
  }
}

/** The usage tab of one resource's page. */
export function resourceUsageLink(resourceId: number): string {
  return `/sharing/resources/${resourceId}?tab=usage`
}

/** `UNIT:PRIMARY` → ['UNIT', 'PRIMARY']; `INSTITUTION` → ['INSTITUTION', null]. */
export function splitRequesterType(type: string): [string, string | null] {
  const i = type.indexOf(':')
  return i < 0 ? [type, null] : [type.slice(0, i), type.slice(i + 1)]
}

export function requesterItems(
  rows: readonly RequesterTypeUsage[],
  label: (type: string) => string,
  by: 'bookings' | 'hours' = 'bookings',
): { name: string; value: number }[] {
  return rows.map((r) => ({ name: label(r.type), value: by === 'hours' ? Math.round(r.hours) : r.bookings }))
}
