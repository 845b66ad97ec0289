/**
 * The catalogue search form: what the user picked, the API parameters it becomes, and the address
 * bar round trip (so a search can be shared and survives a reload).
 */
import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import {
  AUDIENCES,
  GRADES,
  RESOURCE_KINDS,
  SEARCH_SORTS,
  type Audience,
  type Grade,
  type ResourceKind,
  type SearchParams,
  type SearchSort,
} from '@/api/sharing'
import { isDay, parseHm, toOffsetIso } from './localTime'

export const PERIODS = ['MORNING', 'AFTERNOON', 'EVENING', 'DAY', 'CUSTOM'] as const
export type Period = (typeof PERIODS)[number]

/** Fixed parts of the day, Beijing time (minutes). */
export const PERIOD_HOURS: Record<Exclude<Period, 'CUSTOM'>, [number, number]> = {
  MORNING: [8 * 60, 12 * 60],
  AFTERNOON: [13 * 60, 17 * 60],
  EVENING: [18 * 60, 21 * 60],
  DAY: [8 * 60, 18 * 60],
}

export interface SearchForm {
  q: string
  kinds: ResourceKind[]
  districtId: number | null
  minCapacity: number | null
  audience: Audience | ''
  grade: Grade | ''
  /** Free on this Beijing date … */
  date: string
  /** … during this part of the day (CUSTOM: fromTime–toTime). */
  period: Period | ''
  fromTime: string
  toTime: string
  sort: SearchSort | ''
}

export function emptySearchForm(): SearchForm {
  return {
    q: '',
    kinds: [],
    districtId: null,
    minCapacity: null,
    audience: '',
    grade: '',
    date: '',
    period: '',
    fromTime: '',
    toTime: '',
    sort: '',
  }
}

/** The free-time window in minutes, or null when the form asks for none (or it is incomplete). */
export function freeWindow(form: SearchForm): [number, number] | null {
  if (!isDay(form.date) || !form.period) return null
  if (form.period !== 'CUSTOM') return PERIOD_HOURS[form.period]
  const from = parseHm(form.fromTime)
  const to = parseHm(form.toTime)
  return Number.isFinite(from) && Number.isFinite(to) && to > from ? [from, to] : null
}

/** What the form asks the server; `sort` is left to the server's default unless picked. */
export function toSearchParams(form: SearchForm, page = 0, size = 20): SearchParams {
  const params: SearchParams = { page, size }
  const q = form.q.trim()
  if (q) params.q = q
  if (form.kinds.length > 0) params.kind = [...form.kinds]
  if (form.districtId !== null) params.districtId = form.districtId
  if (form.minCapacity !== null && form.minCapacity > 0) params.minCapacity = Math.floor(form.minCapacity)
  if (form.audience) params.audience = form.audience
  if (form.grade) params.grade = form.grade
  const window = freeWindow(form)
  if (window) {
    params.freeFrom = toOffsetIso(form.date, window[0])
    params.freeTo = toOffsetIso(form.date, window[1])
  }
  // Relevance needs words to be relevant to; without them the server sorts by rating.
  if (form.sort && !(form.sort === 'relevance' && !q)) params.sort = form.sort
  return params
}

function first(v: LocationQuery[string] | undefined): string {
  const s = Array.isArray(v) ? v[0] : v
  return typeof s === 'string' ? s : ''
}

function all(v: LocationQuery[string] | undefined): string[] {
  return (Array.isArray(v) ? v : [v]).filter((s): s is string => typeof s === 'string' && s !== '')
}

function oneOf<T extends string>(values: readonly T[], raw: string): T | '' {
  return (values as readonly string[]).includes(raw) ? (raw as T) : ''
}

function positiveInt(raw: string): number | null {
  const n = Number(raw)
  return raw !== '' && Number.isInteger(n) && n > 0 ? n : null
}

/** Reads a search from the address bar; anything malformed is dropped. */
export function readSearchQuery(query: LocationQuery): { form: SearchForm; page: number } {
  const form = emptySearchForm()
  form.q = first(query.q)
  form.kinds = all(query.kind).filter((k): k is ResourceKind => (RESOURCE_KINDS as readonly string[]).includes(k))
  form.districtId = positiveInt(first(query.districtId))
  form.minCapacity = positiveInt(first(query.minCapacity))
  form.audience = oneOf(AUDIENCES, first(query.audience))
  form.grade = oneOf(GRADES, first(query.grade))
  const date = first(query.date)
  const period = oneOf(PERIODS, first(query.period))
  if (isDay(date) && period) {
    form.date = date
    form.period = period
    if (period === 'CUSTOM') {
      form.fromTime = first(query.fromTime)
      form.toTime = first(query.toTime)
    }
  }
  form.sort = oneOf(SEARCH_SORTS, first(query.sort))
  const page = positiveInt(first(query.page)) ?? 1
  return { form, page }
}

/** The inverse of readSearchQuery: only what is set. */
export function writeSearchQuery(form: SearchForm, page = 1): LocationQueryRaw {
  const q: LocationQueryRaw = {}
  if (form.q.trim()) q.q = form.q.trim()
  if (form.kinds.length) q.kind = [...form.kinds]
  if (form.districtId !== null) q.districtId = String(form.districtId)
  if (form.minCapacity) q.minCapacity = String(form.minCapacity)
  if (form.audience) q.audience = form.audience
  if (form.grade) q.grade = form.grade
  if (form.date && form.period) {
    q.date = form.date
    q.period = form.period
    if (form.period === 'CUSTOM') {
      q.fromTime = form.fromTime
      q.toTime = form.toTime
    }
  }
  if (form.sort) q.sort = form.sort
  if (page > 1) q.page = String(page)
  return q
}
