import { describe, expect, it } from 'vitest'
import type { GovernanceNotice } from '@/api/governance'
import { actionLocation, noticeSubject, noticeTone, shownNotices, unreadCount } from './notices'

function notice(over: Partial<GovernanceNotice>): GovernanceNotice {
  return {
    id: 1,
    kind: 'MEETING_INVITATION',
    subjectId: 7,
    title: '德胜学区治理委员会2026年3月例会',
    createdAt: '2026-03-01T02:00:00Z',
    readAt: null,
    ...over,
  }
}

describe('governance notices', () => {
  it('lead a meeting notice to its meeting and an action notice to its action', () => {
    expect(noticeSubject(notice({ kind: 'MEETING_INVITATION' }))).toEqual({ kind: 'meeting', meetingId: 7 })
    expect(noticeSubject(notice({ kind: 'MEETING_CANCELLED' }))).toEqual({ kind: 'meeting', meetingId: 7 })
    expect(noticeSubject(notice({ kind: 'MINUTES_OVERDUE' }))).toEqual({ kind: 'meeting', meetingId: 7 })
    expect(noticeSubject(notice({ kind: 'ACTION_OVERDUE', subjectId: 40 }))).toEqual({ kind: 'action', actionId: 40 })
    expect(noticeSubject(notice({ kind: 'ACTION_ESCALATED', subjectId: 40 }))).toEqual({
      kind: 'action',
      actionId: 40,
    })
  })

  it("show an action on its district's board, or a joint-meeting action at its meeting", () => {
    expect(actionLocation({ id: 40, districtId: 5, meetingId: 7 })).toBe('/governance/actions?district=5&action=40')
    expect(actionLocation({ id: 41, districtId: null, meetingId: 8 })).toBe('/governance/meetings/8')
    expect(actionLocation({ id: 42, districtId: null, meetingId: null })).toBeNull()
  })

  it('speak loudest of escalations and overdue actions, and count the unread', () => {
    expect(noticeTone('ACTION_ESCALATED')).toBe('danger')
    expect(noticeTone('ACTION_OVERDUE')).toBe('danger')
    expect(noticeTone('MINUTES_OVERDUE')).toBe('warning')
    const list = [notice({ id: 1 }), notice({ id: 2, readAt: '2026-03-02T00:00:00Z' })]
    expect(unreadCount(list)).toBe(1)
    expect(shownNotices(list, true).map((n) => n.id)).toEqual([1])
    expect(shownNotices(list, false).map((n) => n.id)).toEqual([1, 2])
  })
})
