import type { RouteRecordRaw } from 'vue-router'
import { Share } from '@element-plus/icons-vue'
import type { NavItem } from './nav'
import { WORKFORCE_ROLES } from './workforceStaffRoutes'

const group = 'workforceStaff.nav.group'
const researchParent = { titleKey: 'workforceResearch.nav.research', path: '/workforce/research' }

/** Pages of workforce.research (队伍建设 › 联合教研), children of the signed-in layout. */
export const workforceResearchRoutes: RouteRecordRaw[] = [
  {
    path: 'workforce/research',
    name: 'workforce-research',
    component: () => import('@/views/workforce/research/ResearchGroupsView.vue'),
    meta: { titleKey: 'workforceResearch.nav.research', groupKey: group, roles: WORKFORCE_ROLES },
  },
  {
    path: 'workforce/research/:id(\\d+)',
    name: 'workforce-research-group',
    component: () => import('@/views/workforce/research/ResearchGroupView.vue'),
    meta: {
      titleKey: 'workforceResearch.group.title',
      groupKey: group,
      roles: WORKFORCE_ROLES,
      parent: researchParent,
    },
  },
]

/** Sidebar entries of workforce.research, inside the 队伍建设 group. */
export const workforceResearchNav: NavItem[] = [
  {
    key: 'workforce-research',
    titleKey: 'workforceResearch.nav.research',
    icon: Share,
    path: '/workforce/research',
    roles: WORKFORCE_ROLES,
  },
]
