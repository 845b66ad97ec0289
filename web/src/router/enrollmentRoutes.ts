import type { RouteRecordRaw } from 'vue-router'
import { ENROLLMENT_PERSONAL_ROLES, ENROLLMENT_ROLES, ZONING_ROLES } from './enrollmentNav'

const group = 'nav.enrollment'
const runsParent = { titleKey: 'enrollment.nav.runs', path: '/enrollment/runs' }

/** Pages of the enrollment module, children of the signed-in layout. */
export const enrollmentRoutes: RouteRecordRaw[] = [
  { path: 'enrollment', redirect: '/enrollment/cycles' },
  {
    path: 'enrollment/cycles',
    name: 'enrollment-cycles',
    component: () => import('@/views/enrollment/cycles/CyclesView.vue'),
    meta: { titleKey: 'enrollment.nav.cycles', groupKey: group, roles: ENROLLMENT_ROLES },
  },
  {
    path: 'enrollment/children',
    name: 'enrollment-children',
    component: () => import('@/views/enrollment/children/ChildrenView.vue'),
    meta: { titleKey: 'enrollment.nav.children', groupKey: group, roles: ENROLLMENT_PERSONAL_ROLES },
  },
  {
    path: 'enrollment/demand',
    name: 'enrollment-demand',
    component: () => import('@/views/enrollment/demand/DemandView.vue'),
    meta: { titleKey: 'enrollment.nav.demand', groupKey: group, roles: ENROLLMENT_ROLES },
  },
  {
    path: 'enrollment/zones',
    name: 'enrollment-zones',
    component: () => import('@/views/enrollment/zones/ZonesView.vue'),
    meta: { titleKey: 'enrollment.nav.zones', groupKey: group, roles: ENROLLMENT_ROLES },
  },
  {
    path: 'enrollment/zoning',
    name: 'enrollment-zoning',
    component: () => import('@/views/enrollment/zones/ZoningWorkbenchView.vue'),
    meta: { titleKey: 'zoning.nav', groupKey: group, roles: ZONING_ROLES },
  },
  {
    path: 'enrollment/applications',
    name: 'enrollment-applications',
    component: () => import('@/views/enrollment/applications/ApplicationsView.vue'),
    meta: { titleKey: 'enrollment.nav.applications', groupKey: group, roles: ENROLLMENT_PERSONAL_ROLES },
  },
  {
    path: 'enrollment/runs',
    name: 'enrollment-runs',
    component: () => import('@/views/enrollment/runs/RunsView.vue'),
    meta: { titleKey: 'enrollment.nav.runs', groupKey: group, roles: ENROLLMENT_ROLES },
  },
  {
    path: 'enrollment/runs/:id(\\d+)',
    name: 'enrollment-run-detail',
    component: () => import('@/views/enrollment/runs/RunDetailView.vue'),
    meta: { titleKey: 'enrollment.runs.detailTitle', groupKey: group, parent: runsParent, roles: ENROLLMENT_ROLES },
  },
  {
    path: 'enrollment/appeals',
    name: 'enrollment-appeals',
    component: () => import('@/views/enrollment/appeals/AppealsView.vue'),
    meta: { titleKey: 'enrollment.nav.appeals', groupKey: group, roles: ENROLLMENT_PERSONAL_ROLES },
  },
]

/** Pages for parents and the public, without login and outside the console layout. */
export const publicEnrollmentRoutes: RouteRecordRaw[] = [
  {
    path: '/public',
    component: () => import('@/views/public/PublicLayout.vue'),
    meta: { public: true },
    children: [
      { path: '', redirect: '/public/zone-lookup' },
      {
        path: 'zone-lookup',
        name: 'public-zone-lookup',
        component: () => import('@/views/public/ZoneLookupView.vue'),
        meta: { public: true, titleKey: 'enrollment.public.nav.zoneLookup' },
      },
      {
        path: 'verify',
        name: 'public-verify',
        component: () => import('@/views/public/VerifyView.vue'),
        meta: { public: true, titleKey: 'enrollment.public.nav.verify' },
      },
      {
        path: 'family',
        name: 'public-family',
        component: () => import('@/views/public/FamilyView.vue'),
        meta: { public: true, titleKey: 'enrollment.public.nav.family' },
      },
    ],
  },
]
