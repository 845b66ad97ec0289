import { describe, expect, it } from 'vitest'
import { BOOKING_STATUSES, NOTIFICATION_KINDS } from '@/api/sharing'
import en from '@/i18n/locales/sharing.en'
import zh from '@/i18n/locales/sharing.zh-CN'
import { BOOKING_STATUS_TAG, notificationTag } from './statusTags'

describe('status tags', () => {
  it('labels and colours every booking state, expired ones grey', () => {
    for (const s of BOOKING_STATUSES) {
      expect(BOOKING_STATUS_TAG[s], s).toBeTruthy()
      expect(zh.bookingStatus[s], s).toBeTruthy()
      expect(en.bookingStatus[s], s).toBeTruthy()
    }
    expect(BOOKING_STATUS_TAG.EXPIRED).toBe('info')
    expect(zh.bookingStatus.EXPIRED).toBe('已过期')
    expect(en.bookingStatus.EXPIRED).toBe('Expired')
  })

  it('labels and colours every notification kind, and greys unknown ones', () => {
    for (const k of NOTIFICATION_KINDS) {
      expect(zh.notificationKind[k], k).toBeTruthy()
      expect(en.notificationKind[k], k).toBeTruthy()
    }
    expect(notificationTag('BOOKING_EXPIRED')).toBe('info')
    expect(notificationTag('BOOKING_REJECTED')).toBe('danger')
    expect(notificationTag('SOMETHING_NEW')).toBe('info')
  })
})
