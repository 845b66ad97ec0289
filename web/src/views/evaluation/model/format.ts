/** Number formatting of the evaluation pages: figures, CVs, shortfalls in resource units. Pure. */
import type { Basis, Indicator } from '@/api/evaluation'

const grouped = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 })

/** Decimal places a resource is counted in: money and books whole, the rest to one decimal. */
export function resourceDecimals(indicator: Indicator): number {
  return indicator === 'EQUIPMENT_YUAN' || indicator === 'BOOKS' ? 0 : 1
}

/** A figure with thousands separators and at most `decimals` places (trailing zeros dropped). */
export function formatNumber(value: number | null | undefined, decimals = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—'
  if (decimals === 0) return grouped.format(Math.round(value))
  return new Intl.NumberFormat('zh-CN', { maximumFractionDigits: decimals }).format(value)
}

/** A CV (0.4123) with three decimals, as the official tables print it. */
export function formatCv(cv: number | null | undefined): string {
  if (cv === null || cv === undefined || !Number.isFinite(cv)) return '—'
  return cv.toFixed(3)
}

/**
 * The amount of a shortfall (or a what-if change) in the indicator's resource units: whole yuan
 * with separators (45,000), one decimal for teachers, rooms and m² (2.3), rounded up so that the
 * amount shown is enough to reach the minimum.
 */
export function formatResourceAmount(indicator: Indicator, amount: number): string {
  const decimals = resourceDecimals(indicator)
  const scale = 10 ** decimals
  const up = Math.ceil(amount * scale - 1e-9) / scale
  return formatNumber(up, decimals)
}

/** The message key of a shortfall sentence ("差 {amount} 名骨干教师"); 0 means the school meets it. */
export function shortfallKey(indicator: Indicator): string {
  return `evaluation.shortfall.${indicator}`
}

/** 100 for "per 100 pupils", 1 for "per pupil": the scale of the mean in the CV formula. */
export function basisScale(basis: Basis): number {
  return basis === 'PER_100_PUPILS' ? 100 : 1
}

/** A ratio as a percentage with one decimal (0.853 → "85.3%"). */
export function formatPercent(ratio: number | null | undefined): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return '—'
  return `${(Math.round(ratio * 1000) / 10).toFixed(1)}%`
}
