import { http } from './client'
import type { AuditEvent, AuditQuery, Page } from './types'

export const auditApi = {
  list: (q: AuditQuery, signal?: AbortSignal) =>
    http.get<Page<AuditEvent>>('/api/platform/audit', { query: q, signal }),
}
