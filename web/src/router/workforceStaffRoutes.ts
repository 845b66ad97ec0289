import type { RouteRecordRaw } from 'vue-router'
import { Connection, DataAnalysis, User } from '@element-plus/icons-vue'
import type { Role } from '@/api/types'
import type { NavItem } from './nav'

/** Who reads the workforce module (API.md, "Roles"): everyone but partner institutions. */
export const WORKFORCE_ROLES: readonly Role[] = ['ADMIN', 'COMMISSION', 'DISTRICT_OFFICE', 'INSPECTOR', 'UNIT']
/** Who runs rounds, courses and cross-school roles (the server checks which districts). */
export const WORKFORCE_MANAGERS: readonly Role[] = ['ADMIN', 'COMMISSION', 'DISTRICT_OFFICE']

const group = 'workforceStaff.nav.group'
const staffParent = { titleKey: 'workforceStaff.nav.staff', path: '/workforce/staff' }

/** Pages of workforce.staff (队伍建设), children of the signed-in layout. */
export const workforceStaffRoutes: RouteRecordRaw[] = [
  { path: 'workforce', name: 'workforce', redirect: '/workforce/staff' },
  {
    path: 'workforce/staff',
    name: 'workforce-staff',
    component: () => import('@/views/workforce/staff/StaffListView.vue'),
    meta: { titleKey: 'workforceStaff.nav.staff', groupKey: group, roles: WORKFORCE_ROLES },
  },
  {
    path: 'workforce/staff/:id(\\d+)',
    name: 'workforce-person',
    component: () => import('@/views/workforce/staff/PersonView.vue'),
    meta: { titleKey: 'workforceStaff.person.title', groupKey: group, roles: WORKFORCE_ROLES, parent: staffParent },
  },
  {
    path: 'workforce/roles',
    name: 'workforce-roles',
    component: () => import('@/views/workforce/roles/CrossRolesView.vue'),
    meta: { titleKey: 'workforceStaff.nav.roles', groupKey: group, roles: WORKFORCE_ROLES },
  },
  {
    path: 'workforce/overview',
    name: 'workforce-overview',
    component: () => import('@/views/workforce/staff/StaffOverviewView.vue'),
    meta: { titleKey: 'workforceStaff.nav.overview', groupKey: group, roles: WORKFORCE_ROLES },
  },
]

/** Sidebar entries of workforce.staff, inside the 队伍建设 group. */
export const workforceStaffNav: NavItem[] = [
  {
    key: 'workforce-staff',
    titleKey: 'workforceStaff.nav.staff',
    icon: User,
    path: '/workforce/staff',
    roles: WORKFORCE_ROLES,
  },
  {
    key: 'workforce-roles',
    titleKey: 'workforceStaff.nav.roles',
    icon: Connection,
    path: '/workforce/roles',
    roles: WORKFORCE_ROLES,
  },
  {
    key: 'workforce-overview',
    titleKey: 'workforceStaff.nav.overview',
    icon: DataAnalysis,
    path: '/workforce/overview',
    roles: WORKFORCE_ROLES,
  },
]
