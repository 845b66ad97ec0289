/** Element Plus tag colours of booking states and notification kinds, one table each. */
import type { BookingStatus, NotificationKind } from '@/api/sharing'

export type TagType = 'primary' | 'success' | 'warning' | 'danger' | 'info'

export const BOOKING_STATUS_TAG: Record<BookingStatus, TagType> = {
  REQUESTED: 'warning',
  CONFIRMED: 'success',
  WAITLISTED: 'primary',
  REJECTED: 'danger',
  CANCELLED: 'info',
  USED: 'success',
  NO_SHOW: 'danger',
  // Nobody decided before the start: nothing happened, nobody is to blame — grey.
  EXPIRED: 'info',
}

export const NOTIFICATION_KIND_TAG: Record<NotificationKind, TagType> = {
  SERIES_BOOKING_REQUESTED: 'warning',
  SERIES_BOOKING_CONFIRMED: 'success',
  BOOKING_REQUESTED: 'warning',
  BOOKING_CONFIRMED: 'success',
  BOOKING_REJECTED: 'danger',
  BOOKING_CANCELLED: 'info',
  BOOKING_WAITLISTED: 'primary',
  BOOKING_PROMOTED: 'primary',
  BOOKING_USED: 'success',
  BOOKING_NO_SHOW: 'danger',
  BOOKING_EXPIRED: 'info',
}

/** Tag colour of a notification kind; a kind this console does not know yet is grey. */
export function notificationTag(kind: string): TagType {
  return (NOTIFICATION_KIND_TAG as Record<string, TagType>)[kind] ?? 'info'
}
