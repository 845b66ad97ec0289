import type { Role } from '@/api/types'

/** Roles that may manage users and read the audit log. */
export const SYSTEM_ROLES: readonly Role[] = ['ADMIN', 'COMMISSION']
/** Roles that may read the audit log (dashboard "recent activity" too). */
export const AUDIT_ROLES: readonly Role[] = ['ADMIN', 'COMMISSION']

/** A route or menu entry without `roles` is open to every signed-in role. */
export function canAccess(role: Role | null | undefined, roles?: readonly Role[]): boolean {
  if (!roles || roles.length === 0) return true
  return !!role && roles.includes(role)
}

/**
 * Who sees the buttons to create and edit education units. The server's scope check is the real
 * guard (a 403 problem outside scope); this only hides actions a role can never perform.
 */
export const UNIT_CREATE_ROLES: readonly Role[] = ['ADMIN', 'COMMISSION', 'DISTRICT_OFFICE']
export const UNIT_EDIT_ROLES: readonly Role[] = ['ADMIN', 'COMMISSION', 'DISTRICT_OFFICE', 'UNIT']

/** Who may download templates and exports and import registry sheets (/registry/excel). */
export const EXCEL_ROLES: readonly Role[] = ['ADMIN', 'COMMISSION', 'DISTRICT_OFFICE']
