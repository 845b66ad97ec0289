import type { Role } from '@/api/types'

/*
 * Who sees which enrollment action. The server's role and data-scope checks are the real guard;
 * these lists only hide buttons a role can never use (API.md).
 */
export const POLICY_EDIT_ROLES: readonly Role[] = ['ADMIN', 'COMMISSION']
/** Register and edit children, import and export them, file applications and appeals on a family's behalf. */
export const OFFICE_ROLES: readonly Role[] = ['COMMISSION', 'DISTRICT_OFFICE']
/** See full ID numbers and birth dates; others get the region code and the month, and cannot sort by them. */
export const FULL_ID_ROLES: readonly Role[] = ['COMMISSION', 'DISTRICT_OFFICE']
export const ZONE_EDIT_ROLES: readonly Role[] = ['COMMISSION', 'DISTRICT_OFFICE']
/** Create runs and move them through commit, execute, review and publish. */
export const RUN_ROLES: readonly Role[] = ['ADMIN', 'COMMISSION']
export const APPEAL_DECIDE_ROLES: readonly Role[] = ['COMMISSION', 'DISTRICT_OFFICE']
/** Admission notices (PDF): the office, the commission and a school for its own pupils. */
export const NOTICE_ROLES: readonly Role[] = ['ADMIN', 'COMMISSION', 'DISTRICT_OFFICE', 'UNIT']
