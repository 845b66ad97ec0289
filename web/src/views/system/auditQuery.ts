import type { AuditAction, AuditQuery, PageRequest } from '@/api/types'
import { endOfDayIso, startOfDayIso } from '@/utils/datetime'

/** Filters as the page holds them (and as they appear in the address bar). */
export type AuditFilters = {
  actor: string
  action: AuditAction | ''
  entityType: string
  /** Beijing calendar days, `YYYY-MM-DD`, both inclusive. */
  fromDate: string
  toDate: string
}

export function emptyAuditFilters(): AuditFilters {
  return { actor: '', action: '', entityType: '', fromDate: '', toDate: '' }
}

/** Page filters to the API query: calendar days become instants, `to` is the start of the next day. */
export function toAuditQuery(f: AuditFilters & PageRequest): AuditQuery {
  return {
    actor: f.actor.trim() || undefined,
    action: f.action || undefined,
    entityType: f.entityType.trim() || undefined,
    from: f.fromDate ? startOfDayIso(f.fromDate) : undefined,
    to: f.toDate ? endOfDayIso(f.toDate) : undefined,
    page: f.page,
    size: f.size,
    sort: f.sort,
  }
}
