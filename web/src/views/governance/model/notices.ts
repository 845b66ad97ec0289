/**
 * Governance notices (API.md, "Notices"): where each one leads and how loudly it speaks. A meeting's notices
 * lead to the meeting; an action's to the district's action board with the action marked (the board of a
 * district; the joint meeting's actions have none, so they lead to their meeting).
 */
import type { ActionView, GovernanceNotice, NoticeKind } from '@/api/governance'

export type NoticeSubject = { kind: 'meeting'; meetingId: number } | { kind: 'action'; actionId: number }

export function noticeSubject(n: Pick<GovernanceNotice, 'kind' | 'subjectId'>): NoticeSubject {
  return n.kind.startsWith('ACTION_')
    ? { kind: 'action', actionId: n.subjectId }
    : { kind: 'meeting', meetingId: n.subjectId }
}

/** The page showing an action: its district's board with the card marked, else its meeting. */
export function actionLocation(a: Pick<ActionView, 'id' | 'districtId' | 'meetingId'>): string | null {
  if (a.districtId !== null) return `/governance/actions?district=${a.districtId}&action=${a.id}`
  return a.meetingId !== null ? `/governance/meetings/${a.meetingId}` : null
}

const TONES: Record<NoticeKind, 'danger' | 'warning' | 'info' | 'primary'> = {
  MEETING_INVITATION: 'primary',
  MEETING_CANCELLED: 'info',
  MINUTES_OVERDUE: 'warning',
  ACTION_DUE_SOON: 'warning',
  ACTION_OVERDUE: 'danger',
  ACTION_ESCALATED: 'danger',
}

/** The tag colour of a notice's kind: escalations and overdue actions in red. */
export const noticeTone = (kind: NoticeKind) => TONES[kind]

/** The notices shown: unread ones only when asked, newest first as the server sent them. */
export function shownNotices(list: readonly GovernanceNotice[], unreadOnly: boolean): GovernanceNotice[] {
  return unreadOnly ? list.filter((n) => n.readAt === null) : [...list]
}

export const unreadCount = (list: readonly GovernanceNotice[]) => list.filter((n) => n.readAt === null).length
