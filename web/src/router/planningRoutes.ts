import type { RouteRecordRaw } from 'vue-router'
import { Aim, DataLine, Flag, OfficeBuilding } from '@element-plus/icons-vue'
import type { Role } from '@/api/types'
import { useSessionStore } from '@/stores/session'
import { canAccess } from './access'
import type { NavItem } from './nav'

/*
 * Who sees which page of the planning module (planning/API.md, "Roles"). The server's role and data-scope
 * checks are the real guard; these lists only hide what a role can never use. Partner institutions see
 * nothing of the module.
 */

/** Plans, indicators and key projects: every role bound to a region (a plan is public policy). */
export const PLANNING_ROLES: readonly Role[] = ['ADMIN', 'COMMISSION', 'DISTRICT_OFFICE', 'INSPECTOR', 'UNIT']
/** The seat outlook: the region (commission, inspectors) or a district office's districts; a unit has no district. */
export const OUTLOOK_ROLES: readonly Role[] = ['ADMIN', 'COMMISSION', 'DISTRICT_OFFICE', 'INSPECTOR']
/** Plans, indicators, actual values, key projects, the outlook's terms, history and births. */
export const PLANNING_WRITE_ROLES: readonly Role[] = ['ADMIN', 'COMMISSION']
/** New housing per block (a district office for its own districts; the server checks the scope). */
export const HOUSING_WRITE_ROLES: readonly Role[] = ['ADMIN', 'COMMISSION', 'DISTRICT_OFFICE']

const group = 'nav.planning'

/** /planning: the seat outlook for those who may read it, else the plan indicators. */
function landing(): string {
  try {
    if (canAccess(useSessionStore().role, OUTLOOK_ROLES)) return '/planning/outlook'
  } catch {
    /* no store yet (route tables resolved outside the app) */
  }
  return '/planning/indicators'
}

/** Pages of the planning module, children of the signed-in layout. */
export const planningRoutes: RouteRecordRaw[] = [
  { path: 'planning', name: 'planning', redirect: landing },
  {
    path: 'planning/outlook',
    name: 'planning-outlook',
    component: () => import('@/views/planning/outlook/OutlookView.vue'),
    meta: { titleKey: 'planning.nav.outlook', groupKey: group, roles: OUTLOOK_ROLES },
  },
  {
    path: 'planning/indicators',
    name: 'planning-indicators',
    component: () => import('@/views/planning/indicators/PlansView.vue'),
    meta: { titleKey: 'planning.nav.indicators', groupKey: group, roles: PLANNING_ROLES },
  },
  {
    path: 'planning/projects',
    name: 'planning-projects',
    component: () => import('@/views/planning/projects/ProjectsView.vue'),
    meta: { titleKey: 'planning.nav.projects', groupKey: group, roles: PLANNING_ROLES },
  },
]

/** Sidebar group of the planning module (test id `nav-planning`). */
export const planningNav: NavItem = {
  key: 'planning',
  titleKey: 'nav.planning',
  icon: Aim,
  roles: PLANNING_ROLES,
  children: [
    {
      key: 'planning-outlook',
      titleKey: 'planning.nav.outlook',
      icon: DataLine,
      path: '/planning/outlook',
      roles: OUTLOOK_ROLES,
    },
    {
      key: 'planning-indicators',
      titleKey: 'planning.nav.indicators',
      icon: Flag,
      path: '/planning/indicators',
      roles: PLANNING_ROLES,
    },
    {
      key: 'planning-projects',
      titleKey: 'planning.nav.projects',
      icon: OfficeBuilding,
      path: '/planning/projects',
      roles: PLANNING_ROLES,
    },
  ],
}
