/**
 * Resource sharing (资源共享): shapes and calls of /api/sharing, as written in
 * server/src/main/java/org/xuequ/sharing/API.md.
 */
import { http, requestBlob } from './client'
import type { Page, PageRequest } from './types'
import type { components } from './schema'

type Schemas = components['schemas']

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

export const GRADES = [
  'K1',
  'K2',
  'K3',
  'P1',
  'P2',
  'P3',
  'P4',
  'P5',
  'P6',
  'J1',
  'J2',
  'J3',
  'S1',
  'S2',
  'S3',
] as const
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

export const RECOMMENDATION_REASONS = [
  'REBOOKED',
  'SIMILAR_UNITS',
  'SAME_KIND',
  'NEARBY',
  'FREE_SOON',
  'POPULAR',
] as const
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

/** `audiences` and `grades` narrowed: the server's view declares them lists of String. */
export type ResourceCard = Omit<Schemas['ResourceViews.Card'], 'audiences' | 'grades'> & {
  audiences: Audience[]
  grades: Grade[]
}

export type OpeningInterval = Schemas['OpeningHours']

export type Blackout = Schemas['Blackout']

/** `audiences` and `grades` narrowed: the server's view declares them lists of String. */
export type ResourceDetail = Omit<Schemas['ResourceViews.Detail'], 'audiences' | 'grades'> & {
  audiences: Audience[]
  grades: Grade[]
}

/** `status` is sent only by an update that changes it (absent and null mean the same to the server). */
export type ResourceForm = Omit<Schemas['ResourceValidation.Form'], 'status'> & { status?: ResourceStatus }

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

export type CalendarBooking = Schemas['ResourceCalendar.Entry']

export type ResourceCalendar = Schemas['ResourceCalendar.Calendar']

/** `resource` and `reasons` narrowed: the server declares the reasons Strings and the card's lists of String. */
export type Recommendation = Omit<Schemas['RecommendationController.View'], 'resource' | 'reasons'> & {
  resource: ResourceCard
  reasons: RecommendationReason[]
}

export type Holiday = Schemas['Holidays.Holiday']

// ---- bookings ----

export type BookingView = Schemas['BookingViews.View']

/** `waitlist` is sent only when the requester asks to queue (absent and null mean the same to the server). */
export type BookingRequest = Omit<Schemas['Bookings.Request'], 'waitlist'> & { waitlist?: boolean }

export type SeriesRequest = Schemas['RecurringBookings.Request']

export type OccurrenceOutcome = 'BOOKED' | 'FREE' | 'FAILED'

/** `outcome` narrowed: the server declares it a String. */
export type SeriesOccurrence = Omit<Schemas['BookingController.SeriesOccurrence'], 'outcome'> & {
  outcome: OccurrenceOutcome
}

/** `occurrences` narrowed (see SeriesOccurrence). */
export type SeriesResult = Omit<Schemas['BookingController.SeriesResult'], 'occurrences'> & {
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

export type UsageTotals = Schemas['Usage.Totals']

export type DistrictUsage = Schemas['Usage.DistrictRow']

export type RequesterTypeUsage = Schemas['Usage.TypeRow']

export type TopResource = Schemas['Usage.ResourceRow']

export type MonthlyUsage = Schemas['Usage.MonthRow']

export type Usage = Schemas['UsageController.ReportView']

export interface UsageQuery {
  from?: string
  to?: string
  districtId?: number | null
}

export type ResourceUsageTotals = Schemas['Usage.ResourceTotals']

export type ResourceMonthlyUsage = Schemas['Usage.MonthRow']

/** One non-zero cell of the weekday × hour grid (Beijing time of the start). */
export type WeekdayHourCell = Schemas['Usage.WeekdayHourCell']

/** `GET /usage/resources/{id}`: one resource's use in a date range (default: the current term). */
export type ResourceUsage = Schemas['Usage.ResourceReport']

// ---- notifications ----

export type SharingNotification = Schemas['NotificationController.View']

export type InstitutionAccount = Schemas['InstitutionAccounts.InstitutionAccount']

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
