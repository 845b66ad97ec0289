import type { RouteRecordRaw } from 'vue-router'
import type { Role } from '@/api/types'
import { AUDIT_ROLES, EXCEL_ROLES, SYSTEM_ROLES } from './access'
import { enrollmentRoutes, publicEnrollmentRoutes } from './enrollmentRoutes'
import { evaluationRoutes } from './evaluationRoutes'
import { governanceRoutes } from './governanceRoutes'
import { workforceStaffRoutes } from './workforceStaffRoutes'
import { workforceRotationRoutes } from './workforceRotationRoutes'
import { workforceTrainingRoutes } from './workforceTrainingRoutes'
import { workforceResearchRoutes } from './workforceResearchRoutes'
import { planningRoutes } from './planningRoutes'
import { sharingRoutes } from './sharingRoutes'
import { standaloneSupervisionRoutes, supervisionRoutes } from './supervisionRoutes'

export type ModuleKey = 'enrollment' | 'sharing' | 'supervision' | 'governance' | 'workforce' | 'evaluation'

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title (breadcrumb, document title). */
    titleKey?: string
    /** i18n key of the sidebar group, for the breadcrumb. */
    groupKey?: string
    /** A page below a list page: the list shows in the breadcrumb, as a link. */
    parent?: { titleKey: string; path: string }
    /** Roles allowed; absent = every signed-in role. */
    roles?: readonly Role[]
    /** Reachable without signing in. */
    public?: boolean
    /** Signed-in users are sent on to the app (the login page). */
    guestOnly?: boolean
    /** Which planned module an overview page describes. */
    module?: ModuleKey
    /** The forced password change: the only page for an account that must change its password. */
    passwordChange?: boolean
  }
}

export const moduleOverview = () => import('@/views/modules/ModuleOverviewView.vue')

/** Planned modules still shown as an overview page (built modules bring their own routes). */
const MODULES: ModuleKey[] = []

export const routes: RouteRecordRaw[] = [
  {
    path: '/login',
    name: 'login',
    component: () => import('@/views/LoginView.vue'),
    meta: { public: true, guestOnly: true, titleKey: 'login.title' },
  },
  {
    path: '/password-change',
    name: 'password-change',
    component: () => import('@/views/account/ForcedPasswordChangeView.vue'),
    meta: { passwordChange: true, titleKey: 'account.forcedTitle' },
  },
  {
    path: '/403',
    name: 'forbidden',
    component: () => import('@/views/errors/ForbiddenView.vue'),
    meta: { public: true, titleKey: 'errors.forbiddenTitle' },
  },
  {
    path: '/404',
    name: 'not-found',
    component: () => import('@/views/errors/NotFoundView.vue'),
    meta: { public: true, titleKey: 'errors.notFoundTitle' },
  },
  ...standaloneSupervisionRoutes,
  ...publicEnrollmentRoutes,
  {
    path: '/',
    component: () => import('@/layouts/AppLayout.vue'),
    children: [
      {
        path: '',
        name: 'dashboard',
        component: () => import('@/views/dashboard/DashboardView.vue'),
        meta: { titleKey: 'dashboard.title' },
      },
      { path: 'registry', redirect: '/registry/districts' },
      {
        path: 'registry/districts',
        name: 'registry-districts',
        component: () => import('@/views/registry/DistrictsView.vue'),
        meta: { titleKey: 'nav.registryDistricts', groupKey: 'nav.registry' },
      },
      {
        path: 'registry/districts/:id(\\d+)',
        name: 'registry-district-detail',
        component: () => import('@/views/registry/district/DistrictDetailView.vue'),
        meta: {
          titleKey: 'registry.detail.title',
          groupKey: 'nav.registry',
          parent: { titleKey: 'nav.registryDistricts', path: '/registry/districts' },
        },
      },
      {
        path: 'registry/units',
        name: 'registry-units',
        component: () => import('@/views/registry/UnitsView.vue'),
        meta: { titleKey: 'nav.registryUnits', groupKey: 'nav.registry' },
      },
      {
        path: 'registry/units/:id(\\d+)',
        name: 'registry-unit-detail',
        component: () => import('@/views/registry/unit/UnitDetailView.vue'),
        meta: {
          titleKey: 'registry.unitDetail.title',
          groupKey: 'nav.registry',
          parent: { titleKey: 'nav.registryUnits', path: '/registry/units' },
        },
      },
      {
        path: 'registry/institutions',
        name: 'registry-institutions',
        component: () => import('@/views/registry/InstitutionsView.vue'),
        meta: { titleKey: 'nav.registryInstitutions', groupKey: 'nav.registry' },
      },
      {
        path: 'registry/tree',
        name: 'registry-tree',
        component: () => import('@/views/registry/RegistryTreeView.vue'),
        meta: { titleKey: 'nav.registryTree', groupKey: 'nav.registry' },
      },
      {
        path: 'registry/map',
        name: 'registry-map',
        component: () => import('@/views/registry/RegistryMapView.vue'),
        meta: { titleKey: 'nav.registryMap', groupKey: 'nav.registry' },
      },
      {
        path: 'registry/excel',
        name: 'registry-excel',
        component: () => import('@/views/registry/ExcelView.vue'),
        meta: { titleKey: 'nav.registryExcel', groupKey: 'nav.registry', roles: EXCEL_ROLES },
      },
      ...enrollmentRoutes,
      ...sharingRoutes,
      ...evaluationRoutes,
      ...planningRoutes,
      ...supervisionRoutes,
      ...governanceRoutes,
      ...workforceStaffRoutes,
      ...workforceRotationRoutes,
      ...workforceTrainingRoutes,
      ...workforceResearchRoutes,
      ...MODULES.map((module): RouteRecordRaw => ({
        path: module,
        name: module,
        component: moduleOverview,
        meta: { titleKey: `nav.${module}`, module },
      })),
      { path: 'system', redirect: '/system/users', meta: { roles: SYSTEM_ROLES } },
      {
        path: 'system/users',
        name: 'system-users',
        component: () => import('@/views/system/UsersView.vue'),
        meta: { titleKey: 'nav.systemUsers', groupKey: 'nav.system', roles: SYSTEM_ROLES },
      },
      {
        path: 'system/audit',
        name: 'system-audit',
        component: () => import('@/views/system/AuditView.vue'),
        meta: { titleKey: 'nav.systemAudit', groupKey: 'nav.system', roles: AUDIT_ROLES },
      },
    ],
  },
  {
    path: '/:pathMatch(.*)*',
    redirect: (to) => ({ path: '/404', query: { from: to.fullPath } }),
  },
]
