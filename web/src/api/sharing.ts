/**
 * Resource sharing (资源共享): shapes and calls of /api/sharing, as written in
 * server/src/main/java/org/xuequ/sharing/API.md.
 */
import { http, requestBlob } from './client'
import type { Page, PageRequest } from './types'

const base = '/api/sharing'

// ---- enumerations ----

export const RESOURCE_KINDS = ['VENUE', 'COURSE', 'EXPERT', 'LAB', 'PRACTICE_BASE', 'EQUIPMENT'] as const
export type ResourceKind = (typeof RESOURCE_KINDS)[number]

export const OWNER_KINDS = ['UNIT', 'INSTITUTION'] as const
export type OwnerKind = (typeof OWNER_KINDS)[number]

export const RESOURCE_STATUSES = ['DRAFT', 'SHARED', 'SUSPENDED', 'RETIRED'] as const
export type ResourceStatus = (typeof RESOURCE_STATUSES)[number]

export const AUDIENCES = ['STUDENTS', 'TEACHERS', 'PARENTS', 'COMMUNITY'] as const
export type Audience = (typeof AUDIENCES)[number]

export const GRADES = ['K1', 'K2', 'K3', 'P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'J1', 'J2', 'J3', 'S1', 'S2', 'S3'] as const
export type Grade = (typeof GRADES)[number]

export const BOOKING_STATUSES = [
  'REQUESTED',
  'CONFIRMED',
  'WAITLISTED',
  'REJECTED',
  'CANCELLED',
  'USED',
  'NO_SHOW',
  'EXPIRED',
] as const
export type BookingStatus = (typeof BOOKING_STATUSES)[number]

export const REQUESTER_KINDS = ['UNIT', 'INSTITUTION', 'DISTRICT_OFFICE', 'COMMISSION', 'ADMIN'] as const
export type RequesterKind = (typeof REQUESTER_KINDS)[number]

export const DAYS_OF_WEEK = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const
export type DayOfWeek = (typeof DAYS_OF_WEEK)[number]

export const SEARCH_SORTS = ['relevance', 'distance', 'rating'] as const
export type SearchSort = (typeof SEARCH_SORTS)[number]

export const RECOMMENDATION_REASONS = ['REBOOKED', 'SIMILAR_UNITS', 'SAME_KIND', 'NEARBY', 'FREE_SOON', 'POPULAR'] as const
export type RecommendationReason = (typeof RECOMMENDATION_REASONS)[number]

export const NOTIFICATION_KINDS = [
  'SERIES_BOOKING_REQUESTED',
  'SERIES_BOOKING_CONFIRMED',
  'BOOKING_REQUESTED',
  'BOOKING_CONFIRMED',
  'BOOKING_REJECTED',
  'BOOKING_CANCELLED',
  'BOOKING_WAITLISTED',
  'BOOKING_PROMOTED',
  'BOOKING_USED',
  'BOOKING_NO_SHOW',
  'BOOKING_EXPIRED',
] as const
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number]

/** Problem types the console reacts to (`urn:xuequ:problem:<key>`). */
export const PROBLEM = {
  conflict: 'urn:xuequ:problem:booking-conflict',
  seriesConflicts: 'urn:xuequ:problem:booking-series-conflicts',
  stale: 'urn:xuequ:problem:stale',
  validation: 'urn:xuequ:problem:validation',
} as const

// ---- resources ----

export interface ResourceCard {
  id: number
  name: string
  kind: ResourceKind
  status: ResourceStatus
  ownerKind: OwnerKind
  ownerId: number
  ownerName: string
  districtId: number | null
  districtName: string | null
  address: string | null
  longitude: number | null
  latitude: number | null
  capacity: number
  tags: string[]
  facilities: string[]
  audiences: Audience[]
  grades: Grade[]
  photoUrl: string | null
  approvalRequired: boolean
  rating: number | null
  ratingCount: number
  distanceKm: number | null
  score: number | null
}

export interface OpeningInterval {
  day: DayOfWeek
  opens: string
  closes: string
}

export interface Blackout {
  from: string
  to: string
  reason: string | null
}

export interface BookingRules {
  minNoticeHours: number | null
  maxAdvanceDays: number | null
  maxDurationMinutes: number | null
  /** null: unlimited. */
  monthlyQuota: number | null
  approvalRequired: boolean
}

export interface ResourceDetail extends ResourceCard {
  version: number
  regionCode: string
  description: string | null
  photoUrls: string[]
  openingHours: OpeningInterval[]
  blackouts: Blackout[]
  closedOnHolidays: boolean
  rules: BookingRules
  contact: string | null
  canManage: boolean
  canBook: boolean
  createdAt: string
  updatedAt: string
}

export interface ResourceForm {
  name: string
  kind: ResourceKind | null
  ownerKind: OwnerKind | null
  ownerId: number | null
  description: string | null
  address: string | null
  longitude: number | null
  latitude: number | null
  capacity: number | null
  tags: string[]
  facilities: string[]
  audiences: Audience[]
  grades: Grade[]
  photoUrls: string[]
  openingHours: OpeningInterval[]
  blackouts: Blackout[]
  closedOnHolidays: boolean
  rules: BookingRules
  contact: string | null
  version: number
  /** Only on create: publish at once instead of starting as a draft. */
  status?: ResourceStatus
}

export interface SearchParams extends PageRequest {
  q?: string
  kind?: ResourceKind[]
  districtId?: number
  minCapacity?: number
  audience?: Audience
  grade?: Grade
  freeFrom?: string
  freeTo?: string
  sort?: SearchSort
  lat?: number
  lon?: number
}

export interface ManagedQuery extends PageRequest {
  q?: string
  kind?: ResourceKind | ''
  status?: ResourceStatus | ''
}

export interface CalendarDay {
  date: string
  open: { start: string; end: string }[]
  /** `HOLIDAY:清明节`, `BLACKOUT:设备检修` or `CLOSED`. */
  closedReason: string | null
}

export interface CalendarBooking {
  id: number
  startsAt: string
  endsAt: string
  status: BookingStatus
  requesterName: string | null
  purpose: string | null
  mine: boolean
}

export interface ResourceCalendar {
  resourceId: number
  from: string
  to: string
  days: CalendarDay[]
  bookings: CalendarBooking[]
}

export interface Recommendation {
  resource: ResourceCard
  score: number
  reasons: RecommendationReason[]
  reason: string
}

export interface Holiday {
  date: string
  name: string
}

// ---- bookings ----

export interface BookingView {
  id: number
  version: number
  resourceId: number
  resourceName: string
  resourceKind: ResourceKind
  ownerName: string
  districtId: number | null
  startsAt: string
  endsAt: string
  attendees: number
  purpose: string
  status: BookingStatus
  seriesId: number | null
  requesterKind: RequesterKind
  requesterName: string
  requestedBy: string
  createdAt: string
  decidedBy: string | null
  decidedAt: string | null
  note: string | null
  rating: number | null
  ratingComment: string | null
  waitlistPosition: number | null
  canApprove: boolean
  canCancel: boolean
  canMarkUse: boolean
  canRate: boolean
}

export interface BookingRequest {
  resourceId: number
  startsAt: string
  endsAt: string
  attendees: number
  purpose: string
  waitlist?: boolean
}

export interface SeriesRequest {
  resourceId: number
  firstDate: string
  untilDate: string
  startTime: string
  endTime: string
  attendees: number
  purpose: string
  skipConflicts: boolean
  dryRun: boolean
}

export type OccurrenceOutcome = 'BOOKED' | 'FREE' | 'FAILED'

export interface SeriesOccurrence {
  date: string
  startsAt: string
  endsAt: string
  outcome: OccurrenceOutcome
  bookingId: number | null
  status: BookingStatus | null
  problemType: string | null
  reason: string | null
}

export interface SeriesResult {
  seriesId: number | null
  booked: number
  failed: number
  occurrences: SeriesOccurrence[]
}

export type BookingListView = 'mine' | 'managed'

export interface BookingQuery extends PageRequest {
  view: BookingListView
  status?: BookingStatus | ''
  resourceId?: number | null
  from?: string
  to?: string
}

export type BookingAction = 'approve' | 'reject' | 'cancel' | 'used' | 'no-show'

// ---- usage ----

export interface UsageTotals {
  resources: number
  sharedResources: number
  bookings: number
  hours: number
  openHours: number
  utilisation: number
  noShows: number
  cancelled: number
}

export interface DistrictUsage {
  districtId: number | null
  districtName: string | null
  resources: number
  bookings: number
  hours: number
  openHours: number
  utilisation: number
}

export interface KindUsage {
  kind: ResourceKind
  resources: number
  bookings: number
  hours: number
}

export interface RequesterTypeUsage {
  /** `UNIT:<UnitType>`, `INSTITUTION`, `DISTRICT_OFFICE`, `COMMISSION`, `ADMIN`. */
  type: string
  bookings: number
  hours: number
}

export interface TopResource {
  resourceId: number
  name: string
  ownerName: string
  kind: ResourceKind
  bookings: number
  hours: number
  utilisation: number
}

export interface MonthlyUsage {
  month: string
  bookings: number
  hours: number
}

export interface Usage {
  from: string
  to: string
  totals: UsageTotals
  byDistrict: DistrictUsage[]
  byKind: KindUsage[]
  requestersByType: RequesterTypeUsage[]
  topResources: TopResource[]
  monthly: MonthlyUsage[]
}

export interface UsageQuery {
  from?: string
  to?: string
  districtId?: number | null
}

/** The resource's line of the usage document (`GET /usage/resources/{id}` → `resource`). */
export interface ResourceUsageSummary {
  resourceId: number
  name: string
  ownerName: string
  kind: ResourceKind
  districtId: number | null
  districtName: string | null
  bookings: number
  hours: number
  openHours: number
  utilisation: number
}

export interface ResourceUsageTotals {
  bookings: number
  hours: number
  openHours: number
  utilisation: number
  attendees: number
  averageAttendees: number
  noShows: number
  cancelled: number
  rejected: number
  expired: number
  /** REQUESTED + WAITLISTED. */
  pending: number
  /** null when no booking of the range was rated. */
  rating: number | null
  ratingCount: number
}

export interface TopRequester {
  requesterName: string
  requesterKind: RequesterKind
  bookings: number
  hours: number
}

export interface ResourceMonthlyUsage extends MonthlyUsage {
  openHours: number
  utilisation: number
}

/** One non-zero cell of the weekday × hour grid (Beijing time of the start). */
export interface WeekdayHourCell {
  day: DayOfWeek
  hour: number
  bookings: number
}

/** `GET /usage/resources/{id}`: one resource's use in a date range (default: the current term). */
export interface ResourceUsage {
  from: string
  to: string
  resource: ResourceUsageSummary
  totals: ResourceUsageTotals
  requestersByType: RequesterTypeUsage[]
  topRequesters: TopRequester[]
  monthly: ResourceMonthlyUsage[]
  byWeekdayHour: WeekdayHourCell[]
}

// ---- notifications ----

export interface SharingNotification {
  id: number
  kind: NotificationKind | string
  bookingId: number | null
  resourceId: number | null
  title: string
  body: string
  createdAt: string
  read: boolean
}

export interface InstitutionAccount {
  username: string
  institutionId: number
  institutionName: string
}

const enc = encodeURIComponent

export const sharingApi = {
  search: (q: SearchParams, signal?: AbortSignal) =>
    http.get<Page<ResourceCard>>(`${base}/resources/search`, { query: q, signal }),
  managed: (q: ManagedQuery, signal?: AbortSignal) =>
    http.get<Page<ResourceCard>>(`${base}/resources/managed`, { query: q, signal }),
  resource: (id: number) => http.get<ResourceDetail>(`${base}/resources/${id}`),
  createResource: (form: ResourceForm) => http.post<ResourceDetail>(`${base}/resources`, form),
  updateResource: (id: number, form: ResourceForm) => http.put<ResourceDetail>(`${base}/resources/${id}`, form),
  setStatus: (id: number, status: ResourceStatus, version: number) =>
    http.post<ResourceDetail>(`${base}/resources/${id}/status`, { status, version }),
  calendar: (id: number, from: string, to: string, signal?: AbortSignal) =>
    http.get<ResourceCalendar>(`${base}/resources/${id}/calendar`, { query: { from, to }, signal }),
  recommendations: (limit = 8) => http.get<Recommendation[]>(`${base}/recommendations`, { query: { limit } }),
  holidays: (year: number) => http.get<Holiday[]>(`${base}/holidays`, { query: { year } }),
  /** Replaces the year's days off (`[]` clears it); answers the new list. */
  saveHolidays: (year: number, days: Holiday[]) => http.put<Holiday[]>(`${base}/holidays/${year}`, days),

  book: (body: BookingRequest) => http.post<BookingView>(`${base}/bookings`, body),
  bookSeries: (body: SeriesRequest) => http.post<SeriesResult>(`${base}/bookings/series`, body),
  bookings: (q: BookingQuery, signal?: AbortSignal) =>
    http.get<Page<BookingView>>(`${base}/bookings`, { query: q, signal }),
  booking: (id: number) => http.get<BookingView>(`${base}/bookings/${id}`),
  transition: (id: number, action: BookingAction, note?: string) =>
    http.post<BookingView>(`${base}/bookings/${id}/${action}`, note === undefined ? {} : { note }),
  rate: (id: number, rating: number, comment: string | null) =>
    http.post<BookingView>(`${base}/bookings/${id}/rate`, { rating, comment }),
  cancelSeries: (seriesId: number) =>
    http.post<{ cancelled: number }>(`${base}/bookings/series/${seriesId}/cancel`, {}),

  usage: (q: UsageQuery) => http.get<Usage>(`${base}/usage`, { query: q }),
  usageExport: (q: UsageQuery) => requestBlob('GET', `${base}/usage/export`, { query: q }),
  resourceUsage: (id: number, q: { from?: string; to?: string } = {}, signal?: AbortSignal) =>
    http.get<ResourceUsage>(`${base}/usage/resources/${id}`, { query: q, signal }),

  notifications: (q: PageRequest & { unreadOnly?: boolean }, signal?: AbortSignal) =>
    http.get<Page<SharingNotification>>(`${base}/notifications`, { query: q, signal }),
  unreadCount: () => http.get<{ count: number }>(`${base}/notifications/unread-count`),
  markRead: (id: number) => http.post<void>(`${base}/notifications/${id}/read`, {}),
  markAllRead: () => http.post<{ marked: number }>(`${base}/notifications/read-all`, {}),

  institutionAccount: () => http.get<InstitutionAccount>(`${base}/institution-accounts/me`),
  institutionAccounts: () => http.get<InstitutionAccount[]>(`${base}/institution-accounts`),
  /** Creates or moves the link of an INSTITUTION user. */
  linkInstitutionAccount: (username: string, institutionId: number) =>
    http.put<InstitutionAccount>(`${base}/institution-accounts/${enc(username)}`, { institutionId }),
  unlinkInstitutionAccount: (username: string) => http.delete<void>(`${base}/institution-accounts/${enc(username)}`),
}
