import type { LocationQuery, LocationQueryRaw } from 'vue-router'

export type FilterValue = string | number | null | undefined
export type Filters = Record<string, FilterValue | FilterValue[]>

export const PAGE_SIZES = [10, 20, 50, 100]

function firstString(v: LocationQuery[string] | undefined): string | undefined {
  const s = Array.isArray(v) ? v[0] : v
  return s === null || s === undefined ? undefined : s
}

/** Reads list state from a route query; unknown or malformed values fall back to the defaults. */
export function readListQuery<F extends Filters>(
  query: LocationQuery,
  defaults: { filters: F; size: number; sort: string },
  numeric: readonly string[] = [],
): { filters: F; page: number; size: number; sort: string } {
  const filters = { ...defaults.filters }
  for (const key of Object.keys(filters)) {
    const raw = firstString(query[key])
    if (raw === undefined || raw === '') continue
    if (numeric.includes(key)) {
      const n = Number(raw)
      if (Number.isFinite(n)) (filters as Filters)[key] = n
    } else {
      ;(filters as Filters)[key] = raw
    }
  }
  const page = Math.max(1, Math.floor(Number(firstString(query.page)) || 1))
  const sizeRaw = Number(firstString(query.size))
  const size = PAGE_SIZES.includes(sizeRaw) ? sizeRaw : defaults.size
  const sort = firstString(query.sort) || defaults.sort
  return { filters, page, size, sort }
}

/** The inverse of readListQuery: only non-default values go to the address bar. */
export function writeListQuery(
  state: { filters: Filters; page: number; size: number; sort: string },
  defaults: { size: number; sort: string },
): LocationQueryRaw {
  const q: LocationQueryRaw = {}
  for (const [k, v] of Object.entries(state.filters)) {
    if (v === undefined || v === null || v === '' || Array.isArray(v)) continue
    q[k] = String(v)
  }
  if (state.page > 1) q.page = String(state.page)
  if (state.size !== defaults.size) q.size = String(state.size)
  if (state.sort && state.sort !== defaults.sort) q.sort = state.sort
  return q
}
