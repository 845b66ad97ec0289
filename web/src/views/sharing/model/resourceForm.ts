/**
 * The resource form: defaults, conversion from the detail document, the server's validation rules
 * mirrored field by field (same paths as the server's `errors[].field`, e.g. `openingHours[0].closes`),
 * and the body that goes on the wire.
 */
import type { FieldError } from '@/api/types'
import {
  DAYS_OF_WEEK,
  type DayOfWeek,
  type OpeningInterval,
  type ResourceDetail,
  type ResourceForm,
} from '@/api/sharing'
import { isDay, parseHm } from './localTime'
import type { Issue } from './bookingForm'

export type FormIssues = Record<string, Issue>

/** Allowed values of the booking rules (null = the server's default, or unlimited for the quota). */
export const RULE_RANGES = {
  minNoticeHours: [0, 2160],
  maxAdvanceDays: [1, 366],
  maxDurationMinutes: [15, 1440],
  monthlyQuota: [1, 1000],
} as const satisfies Record<string, readonly [number, number]>

export const LIMITS = {
  name: 100,
  description: 4000,
  address: 200,
  contact: 100,
  tag: 20,
  tags: 20,
  photos: 10,
  capacityMax: 100000,
} as const

export function defaultOpeningHours(): OpeningInterval[] {
  return DAYS_OF_WEEK.slice(0, 5).map((day) => ({ day, opens: '08:00', closes: '17:00' }))
}

export function emptyResourceForm(): ResourceForm {
  return {
    name: '',
    kind: null,
    ownerKind: null,
    ownerId: null,
    description: null,
    address: null,
    longitude: null,
    latitude: null,
    capacity: null,
    tags: [],
    facilities: [],
    audiences: ['STUDENTS'],
    grades: [],
    photoUrls: [],
    openingHours: defaultOpeningHours(),
    blackouts: [],
    closedOnHolidays: true,
    rules: {
      minNoticeHours: 24,
      maxAdvanceDays: 90,
      maxDurationMinutes: 240,
      monthlyQuota: null,
      approvalRequired: true,
    },
    contact: null,
    version: 0,
  }
}

export function detailToForm(d: ResourceDetail): ResourceForm {
  return {
    name: d.name,
    kind: d.kind,
    ownerKind: d.ownerKind,
    ownerId: d.ownerId,
    description: d.description,
    address: d.address,
    longitude: d.longitude,
    latitude: d.latitude,
    capacity: d.capacity,
    tags: [...d.tags],
    facilities: [...d.facilities],
    audiences: [...d.audiences],
    grades: [...d.grades],
    photoUrls: [...d.photoUrls],
    // The server may write times of day with seconds (08:00:00); the time pickers use HH:mm.
    openingHours: d.openingHours.map((o) => ({ day: o.day, opens: o.opens.slice(0, 5), closes: o.closes.slice(0, 5) })),
    blackouts: d.blackouts.map((b) => ({ ...b })),
    closedOnHolidays: d.closedOnHolidays,
    rules: { ...d.rules },
    contact: d.contact,
    version: d.version,
  }
}

const issue = (key: string, params?: Record<string, string | number>): Issue => (params ? { key, params } : { key })

function text(v: string | null | undefined): string {
  return (v ?? '').trim()
}

function checkList(out: FormIssues, field: 'tags' | 'facilities', values: readonly string[]): void {
  if (values.length > LIMITS.tags) out[field] = issue('sharing.form.errors.tooMany', { n: LIMITS.tags })
  else if (values.some((v) => v.trim().length > LIMITS.tag))
    out[field] = issue('sharing.form.errors.tagLength', { n: LIMITS.tag })
}

function checkWhole(out: FormIssues, field: string, value: number | null, min: number, max?: number): void {
  if (value === null) return
  if (!Number.isInteger(value) || value < min || (max !== undefined && value > max)) {
    out[field] =
      max === undefined
        ? issue('sharing.form.errors.min', { n: min })
        : issue('sharing.form.errors.range', { min, max })
  }
}

export function validateResourceForm(form: ResourceForm): FormIssues {
  const out: FormIssues = {}
  const name = text(form.name)
  if (!name) out.name = issue('sharing.form.errors.required')
  else if (name.length > LIMITS.name) out.name = issue('sharing.form.errors.length', { n: LIMITS.name })
  if (!form.kind) out.kind = issue('sharing.form.errors.required')
  if (!form.ownerKind) out.ownerKind = issue('sharing.form.errors.required')
  if (form.ownerId === null) out.ownerId = issue('sharing.form.errors.required')
  if (form.capacity === null) out.capacity = issue('sharing.form.errors.required')
  else checkWhole(out, 'capacity', form.capacity, 1, LIMITS.capacityMax)
  if (text(form.description).length > LIMITS.description)
    out.description = issue('sharing.form.errors.length', { n: LIMITS.description })
  if (text(form.address).length > LIMITS.address)
    out.address = issue('sharing.form.errors.length', { n: LIMITS.address })
  if (text(form.contact).length > LIMITS.contact)
    out.contact = issue('sharing.form.errors.length', { n: LIMITS.contact })
  // Coordinates come as a pair, inside China (WGS-84), or not at all (then the owner's are used).
  if ((form.longitude === null) !== (form.latitude === null))
    out.latitude = issue('sharing.form.errors.coordinatesPair')
  else if (form.longitude !== null && form.latitude !== null) {
    if (form.longitude < 73 || form.longitude > 136) out.longitude = issue('sharing.form.errors.longitudeChina')
    if (form.latitude < 3 || form.latitude > 54) out.latitude = issue('sharing.form.errors.latitudeChina')
  }
  checkList(out, 'tags', form.tags)
  checkList(out, 'facilities', form.facilities)
  if (form.photoUrls.length > LIMITS.photos) out.photoUrls = issue('sharing.form.errors.tooMany', { n: LIMITS.photos })
  else if (form.photoUrls.some((u) => !/^https?:\/\/\S+$/i.test(u.trim())))
    out.photoUrls = issue('sharing.form.errors.url')

  if (form.openingHours.length === 0) out.openingHours = issue('sharing.form.errors.hoursRequired')
  form.openingHours.forEach((o, i) => {
    const opens = parseHm(o.opens)
    const closes = parseHm(o.closes)
    if (!(DAYS_OF_WEEK as readonly string[]).includes(o.day))
      out[`openingHours[${i}].day`] = issue('sharing.form.errors.required')
    if (!Number.isFinite(opens)) out[`openingHours[${i}].opens`] = issue('sharing.form.errors.time')
    if (!Number.isFinite(closes)) out[`openingHours[${i}].closes`] = issue('sharing.form.errors.time')
    else if (Number.isFinite(opens) && closes <= opens)
      out[`openingHours[${i}].closes`] = issue('sharing.form.errors.closesBeforeOpens')
    else if (opens % 15 !== 0 || closes % 15 !== 0)
      out[`openingHours[${i}].opens`] = issue('sharing.form.errors.quarterHour')
  })
  // Two intervals of one day must not overlap.
  const byDay = new Map<DayOfWeek, { i: number; from: number; to: number }[]>()
  form.openingHours.forEach((o, i) => {
    const from = parseHm(o.opens)
    const to = parseHm(o.closes)
    if (Number.isFinite(from) && Number.isFinite(to) && to > from)
      byDay.set(o.day, [...(byDay.get(o.day) ?? []), { i, from, to }])
  })
  for (const spans of byDay.values()) {
    spans.sort((a, b) => a.from - b.from)
    for (let k = 1; k < spans.length; k++) {
      if (spans[k]!.from < spans[k - 1]!.to)
        out[`openingHours[${spans[k]!.i}].opens`] = issue('sharing.form.errors.overlap')
    }
  }

  form.blackouts.forEach((b, i) => {
    if (!isDay(b.from)) out[`blackouts[${i}].from`] = issue('sharing.form.errors.required')
    if (!isDay(b.to)) out[`blackouts[${i}].to`] = issue('sharing.form.errors.required')
    else if (isDay(b.from) && b.to < b.from) out[`blackouts[${i}].to`] = issue('sharing.form.errors.toBeforeFrom')
    if (text(b.reason).length > 100) out[`blackouts[${i}].reason`] = issue('sharing.form.errors.length', { n: 100 })
  })

  const r = form.rules
  for (const [field, [min, max]] of Object.entries(RULE_RANGES)) {
    checkWhole(out, `rules.${field}`, r[field as keyof typeof RULE_RANGES], min, max)
  }
  return out
}

function textOrNull(v: string | null | undefined): string | null {
  const s = text(v)
  return s === '' ? null : s
}

function cleanList(values: readonly string[]): string[] {
  return [...new Set(values.map((v) => v.trim()).filter((v) => v !== ''))]
}

/** What goes on the wire: trimmed texts (empty → null), de-duplicated lists, hours sorted by day. */
export function normalizeResourceForm(form: ResourceForm): ResourceForm {
  const order = (d: DayOfWeek) => DAYS_OF_WEEK.indexOf(d)
  return {
    ...form,
    name: text(form.name),
    description: textOrNull(form.description),
    address: textOrNull(form.address),
    contact: textOrNull(form.contact),
    tags: cleanList(form.tags),
    facilities: cleanList(form.facilities),
    photoUrls: cleanList(form.photoUrls),
    openingHours: [...form.openingHours].sort((a, b) => order(a.day) - order(b.day) || a.opens.localeCompare(b.opens)),
    blackouts: form.blackouts.map((b) => ({ ...b, reason: textOrNull(b.reason) })),
    rules: { ...form.rules },
  }
}

/**
 * The server numbers `openingHours[i]` in the order it received them, i.e. after normalising: the
 * console sends the normalised form and shows it, so the paths match the rows on screen.
 */
export function serverIssues(errors: readonly FieldError[]): { byField: Record<string, string>; other: string[] } {
  const byField: Record<string, string> = {}
  const other: string[] = []
  for (const e of errors) {
    // One input holds a whole list (tags, facilities, photo links): `tags[3]` is shown under `tags`.
    const field = e.field?.replace(/^(tags|facilities|photoUrls|audiences|grades)\[\d+\]$/, '$1')
    if (field) byField[field] = byField[field] ? `${byField[field]}；${e.reason}` : e.reason
    else other.push(e.reason)
  }
  return { byField, other }
}
