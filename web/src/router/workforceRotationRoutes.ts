import type { RouteRecordRaw } from 'vue-router'
import { Switch } from '@element-plus/icons-vue'
import type { NavItem } from './nav'
import { WORKFORCE_ROLES } from './workforceStaffRoutes'

const group = 'workforceStaff.nav.group'
const roundsParent = { titleKey: 'workforceRotation.nav.rounds', path: '/workforce/rotation' }

/** Pages of workforce.rotation (队伍建设 › 轮岗交流), children of the signed-in layout. */
export const workforceRotationRoutes: RouteRecordRaw[] = [
  {
    path: 'workforce/rotation',
    name: 'workforce-rotation',
    component: () => import('@/views/workforce/rotation/RotationRoundsView.vue'),
    meta: { titleKey: 'workforceRotation.nav.rounds', groupKey: group, roles: WORKFORCE_ROLES },
  },
  {
    // the breadcrumb names 轮岗交流 once, as the parent; the round's own title heads the page
    path: 'workforce/rotation/:id(\\d+)',
    name: 'workforce-rotation-round',
    component: () => import('@/views/workforce/rotation/RotationRoundView.vue'),
    meta: {
      titleKey: 'workforceRotation.round.title',
      groupKey: group,
      roles: WORKFORCE_ROLES,
      parent: roundsParent,
    },
  },
]

/** Sidebar entries of workforce.rotation, inside the 队伍建设 group. */
export const workforceRotationNav: NavItem[] = [
  {
    key: 'workforce-rotation',
    titleKey: 'workforceRotation.nav.rounds',
    icon: Switch,
    path: '/workforce/rotation',
    roles: WORKFORCE_ROLES,
  },
]
