/** Sample API documents for the sharing specs (not used by the app). */
import type { ResourceCard, ResourceDetail, ResourceUsage } from '@/api/sharing'

/** A resource as the detail page gets it, with the card-only fields, so one sample serves both. */
export type SampleResource = ResourceDetail & Pick<ResourceCard, 'photoUrl' | 'distanceKm' | 'score'>

export function sampleResource(over: Partial<SampleResource> = {}): SampleResource {
  return {
    id: 12,
    name: '物理所礼堂',
    kind: 'VENUE',
    status: 'SHARED',
    ownerKind: 'INSTITUTION',
    ownerId: 3,
    ownerName: '中国科学院物理研究所',
    districtId: 5,
    districtName: '中关村学区',
    address: '海淀区中关村南三街8号',
    longitude: 116.32,
    latitude: 39.98,
    capacity: 500,
    tags: ['礼堂', '报告厅'],
    facilities: ['投影', '音响'],
    audiences: ['STUDENTS', 'PARENTS'],
    grades: ['J1', 'J2', 'J3'],
    photoUrl: null,
    approvalRequired: true,
    rating: 4.6,
    ratingCount: 12,
    distanceKm: 1.8,
    score: null,
    version: 3,
    regionCode: '110108',
    description: '可容纳500人的礼堂，配备专业音响与投影。',
    photoUrls: [],
    openingHours: [
      { day: 'MONDAY', opens: '08:00', closes: '17:00' },
      { day: 'FRIDAY', opens: '08:00', closes: '12:00' },
      { day: 'FRIDAY', opens: '13:00', closes: '18:00' },
    ],
    blackouts: [{ from: '2026-04-01', to: '2026-04-03', reason: '设备检修' }],
    closedOnHolidays: true,
    rules: { minNoticeHours: 24, maxAdvanceDays: 90, maxDurationMinutes: 240, monthlyQuota: 4, approvalRequired: true },
    contact: '王老师 010-82649000',
    canManage: false,
    canBook: true,
    createdAt: '2026-01-05T09:00:00+08:00',
    updatedAt: '2026-02-01T09:00:00+08:00',
    ...over,
  }
}

/** GET /usage/resources/12 as the contract's example answers it. */
export function sampleResourceUsage(over: Partial<ResourceUsage> = {}): ResourceUsage {
  return {
    from: '2025-09-01',
    to: '2026-01-31',
    resource: {
      resourceId: 12,
      name: '物理所礼堂',
      ownerName: '中国科学院物理研究所',
      kind: 'VENUE',
      districtId: 5,
      districtName: '中关村学区',
      bookings: 40,
      hours: 120,
      openHours: 900,
      utilisation: 0.133,
    },
    totals: {
      bookings: 40,
      hours: 120,
      openHours: 900,
      utilisation: 0.133,
      attendees: 9000,
      averageAttendees: 225,
      noShows: 2,
      cancelled: 5,
      rejected: 1,
      expired: 4,
      pending: 3,
      rating: 4.5,
      ratingCount: 10,
    },
    requestersByType: [
      { type: 'UNIT:PRIMARY', bookings: 30, hours: 90 },
      { type: 'INSTITUTION', bookings: 10, hours: 30 },
    ],
    topRequesters: [
      { requesterName: '北京市西城区师范学校附属小学', requesterKind: 'UNIT', bookings: 6, hours: 18 },
      { requesterName: '中关村第一小学', requesterKind: 'UNIT', bookings: 4, hours: 12 },
    ],
    monthly: [
      { month: '2025-09', bookings: 8, hours: 24, openHours: 180, utilisation: 0.133 },
      { month: '2025-10', bookings: 12, hours: 36, openHours: 180, utilisation: 0.2 },
    ],
    byWeekdayHour: [{ day: 'FRIDAY', hour: 14, bookings: 5 }],
    ...over,
  }
}
