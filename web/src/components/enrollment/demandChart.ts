import type { Demand } from '@/api/enrollment'

export interface DemandChartInput {
  categories: string[]
  tiers: { label: string; values: number[] }[]
  seats: { label: string; values: number[] }
}

const TIER_COLORS = ['#1e5fbf', '#3f7fd6', '#6f9fe0', '#9dbde9', '#c5d8f2', '#dde8f7']
const SEATS_COLOR = '#f0a020'

/** Rounds survey figures for display (a multi-school zone splits a child evenly between schools). */
export function roundFigure(n: number): number {
  return Math.round(n * 10) / 10
}

export function demandChartInput(demand: Demand, seatsLabel: string): DemandChartInput {
  const rows = demand.districts
  return {
    categories: rows.map((r) => r.district.name),
    tiers: demand.tiers.map((tier, i) => ({
      label: tier.label,
      values: rows.map((r) => roundFigure(r.byTier[i] ?? 0)),
    })),
    seats: { label: seatsLabel, values: rows.map((r) => r.seats) },
  }
}

export function demandChartOption(input: DemandChartInput) {
  return {
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    legend: { top: 0, type: 'scroll' },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: {
      type: 'category',
      data: input.categories,
      axisLabel: { interval: 0, rotate: input.categories.length > 8 ? 30 : 0, color: '#4a5568' },
      axisTick: { show: false },
    },
    yAxis: { type: 'value', minInterval: 1, splitLine: { lineStyle: { color: '#eef1f6' } } },
    series: [
      ...input.tiers.map((tier, i) => ({
        name: tier.label,
        type: 'bar',
        stack: 'expected',
        data: tier.values,
        barMaxWidth: 28,
        itemStyle: { color: TIER_COLORS[i % TIER_COLORS.length] },
      })),
      {
        name: input.seats.label,
        type: 'bar',
        data: input.seats.values,
        barMaxWidth: 28,
        itemStyle: { color: SEATS_COLOR },
      },
    ],
  }
}
