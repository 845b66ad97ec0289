import type { RouteRecordRaw } from 'vue-router'

const moduleOverview = () => import('@/views/modules/ModuleOverviewView.vue')

/** Pages of the sharing module, children of the signed-in layout. */
export const sharingRoutes: RouteRecordRaw[] = [
  {
    path: 'sharing',
    name: 'sharing',
    component: moduleOverview,
    meta: { titleKey: 'nav.sharing', module: 'sharing' },
  },
]
