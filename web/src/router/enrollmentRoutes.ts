import type { RouteRecordRaw } from 'vue-router'

const moduleOverview = () => import('@/views/modules/ModuleOverviewView.vue')

/** Pages of the enrollment module, children of the signed-in layout. */
export const enrollmentRoutes: RouteRecordRaw[] = [
  {
    path: 'enrollment',
    name: 'enrollment',
    component: moduleOverview,
    meta: { titleKey: 'nav.enrollment', module: 'enrollment' },
  },
]
