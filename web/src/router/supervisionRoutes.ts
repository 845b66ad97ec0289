import type { RouteRecordRaw } from 'vue-router'
import type { Role } from '@/api/types'
import { useSessionStore } from '@/stores/session'

/*
 * Who sees which page of the supervision module (API.md, "Roles"). The server's role and data-scope
 * checks are the real guard; these lists only hide what a role can never use. Partner institutions
 * see nothing of the module.
 */

/** Inspections, findings, a unit's history, points: everyone but institutions (a unit sees its own). */
export const SUPERVISION_ROLES: readonly Role[] = ['ADMIN', 'COMMISSION', 'DISTRICT_OFFICE', 'INSPECTOR', 'UNIT']
/** Plans, proposals, reports, the map, inspectors' workload. */
export const SUPERVISION_READ_ROLES: readonly Role[] = ['ADMIN', 'COMMISSION', 'DISTRICT_OFFICE', 'INSPECTOR']
/** The supervision office: approves plans, runs draws, orders escalated findings, edits point rules. */
export const SUPERVISION_OFFICE_ROLES: readonly Role[] = ['ADMIN', 'COMMISSION']
/** Who fills the on-site form for the units assigned to it. */
export const INSPECTOR_ROLES: readonly Role[] = ['INSPECTOR']

const group = 'nav.supervision'
const plansParent = { titleKey: 'supervision.nav.plans', path: '/supervision/plans' }
const inspectionsParent = { titleKey: 'supervision.nav.inspections', path: '/supervision/inspections' }

/** /supervision: an inspector's or a unit's own work first, the plans for the others. */
function landing(): string {
  try {
    const role = useSessionStore().role
    if (role === 'INSPECTOR') return '/supervision/inspections'
    if (role === 'UNIT') return '/supervision/findings'
  } catch {
    /* no store yet (route tables resolved outside the app) */
  }
  return '/supervision/plans'
}

/** Pages of the supervision module, children of the signed-in layout. */
export const supervisionRoutes: RouteRecordRaw[] = [
  { path: 'supervision', name: 'supervision', redirect: landing },
  {
    path: 'supervision/plans',
    name: 'supervision-plans',
    component: () => import('@/views/supervision/PlansView.vue'),
    meta: { titleKey: 'supervision.nav.plans', groupKey: group, roles: SUPERVISION_READ_ROLES },
  },
  {
    path: 'supervision/plans/:id(\\d+)',
    name: 'supervision-plan',
    component: () => import('@/views/supervision/PlanView.vue'),
    meta: { titleKey: 'supervision.plan.title', groupKey: group, roles: SUPERVISION_READ_ROLES, parent: plansParent },
  },
  {
    path: 'supervision/inspections',
    name: 'supervision-inspections',
    component: () => import('@/views/supervision/InspectionsView.vue'),
    meta: { titleKey: 'supervision.nav.inspections', groupKey: group, roles: SUPERVISION_ROLES },
  },
  {
    path: 'supervision/findings',
    name: 'supervision-findings',
    component: () => import('@/views/supervision/FindingsBoardView.vue'),
    meta: { titleKey: 'supervision.nav.findings', groupKey: group, roles: SUPERVISION_ROLES },
  },
  {
    path: 'supervision/units/:id(\\d+)',
    name: 'supervision-unit',
    component: () => import('@/views/supervision/UnitHistoryView.vue'),
    meta: {
      titleKey: 'supervision.history.title',
      groupKey: group,
      roles: SUPERVISION_ROLES,
      parent: inspectionsParent,
    },
  },
  {
    path: 'supervision/points',
    name: 'supervision-points',
    component: () => import('@/views/supervision/PointsView.vue'),
    meta: { titleKey: 'supervision.nav.points', groupKey: group, roles: SUPERVISION_ROLES },
  },
  {
    path: 'supervision/rubrics',
    name: 'supervision-rubrics',
    component: () => import('@/views/supervision/RubricsView.vue'),
    meta: { titleKey: 'supervision.nav.rubrics', groupKey: group, roles: SUPERVISION_ROLES },
  },
  {
    path: 'supervision/inspectors',
    name: 'supervision-inspectors',
    component: () => import('@/views/supervision/InspectorsView.vue'),
    meta: { titleKey: 'supervision.nav.inspectors', groupKey: group, roles: SUPERVISION_READ_ROLES },
  },
  {
    path: 'supervision/reports',
    name: 'supervision-reports',
    component: () => import('@/views/supervision/ReportsView.vue'),
    meta: { titleKey: 'supervision.nav.reports', groupKey: group, roles: SUPERVISION_READ_ROLES },
  },
]

/** Outside the console layout: the phone form (full width on site) and the public draw check (no login). */
export const standaloneSupervisionRoutes: RouteRecordRaw[] = [
  {
    path: '/supervision/inspections/:id(\\d+)/form',
    name: 'supervision-form',
    component: () => import('@/views/supervision/InspectionFormView.vue'),
    meta: { titleKey: 'supervision.form.title', roles: SUPERVISION_ROLES },
  },
  {
    path: '/public/supervision/draws/:id(\\d+)?',
    name: 'public-supervision-draws',
    component: () => import('@/views/supervision/PublicDrawView.vue'),
    meta: { public: true, titleKey: 'supervision.draw.publicTitle' },
  },
]
