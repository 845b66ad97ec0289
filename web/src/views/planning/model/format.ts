/** Number formatting of the planning pages. Pure. */
import { formatNumber } from '@/views/evaluation/model/format'

export { formatNumber }

const MINUS = '−'

/** A whole figure with its sign (+143, −62, 0): the seat gap as the grid prints it. */
export function formatSigned(value: number | null | undefined, decimals = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—'
  const scale = 10 ** decimals
  const rounded = Math.round(value * scale) / scale
  if (rounded === 0) return formatNumber(0, decimals)
  return `${rounded > 0 ? '+' : MINUS}${formatNumber(Math.abs(rounded), decimals)}`
}

/** A backtest error in percent, one decimal, as ±2.2%. */
export function formatMape(mape: number | null | undefined): string {
  if (mape === null || mape === undefined || !Number.isFinite(mape)) return '—'
  return `±${mape.toFixed(1)}%`
}

/** A share (0.9) as a percentage with at most two decimals (90%). */
export function formatShare(share: number | null | undefined): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return '—'
  return `${formatNumber(share * 100, 2)}%`
}

/** A term's value as the arithmetic prints it: shares and ratios to four places, counts to one. */
export function formatTerm(value: number): string {
  if (!Number.isFinite(value)) return '—'
  return Math.abs(value) < 10 && !Number.isInteger(value) ? formatNumber(value, 4) : formatNumber(value, 1)
}
