import type { RouteRecordRaw } from 'vue-router'
import { Notebook, Reading } from '@element-plus/icons-vue'
import type { NavItem } from './nav'
import { WORKFORCE_ROLES } from './workforceStaffRoutes'

const group = 'workforceStaff.nav.group'
const coursesParent = { titleKey: 'workforceTraining.nav.courses', path: '/workforce/courses' }

/** Pages of workforce.training (队伍建设 › 培训), children of the signed-in layout. */
export const workforceTrainingRoutes: RouteRecordRaw[] = [
  {
    path: 'workforce/training',
    name: 'workforce-training',
    component: () => import('@/views/workforce/training/TrainingCoverageView.vue'),
    meta: { titleKey: 'workforceTraining.nav.coverage', groupKey: group, roles: WORKFORCE_ROLES },
  },
  {
    // courses are not under /workforce/training: the sidebar would light 培训覆盖 on every course page
    path: 'workforce/courses',
    name: 'workforce-courses',
    component: () => import('@/views/workforce/training/TrainingCoursesView.vue'),
    meta: { titleKey: 'workforceTraining.nav.courses', groupKey: group, roles: WORKFORCE_ROLES },
  },
  {
    path: 'workforce/courses/:id(\\d+)',
    name: 'workforce-course',
    component: () => import('@/views/workforce/training/TrainingCourseView.vue'),
    meta: {
      titleKey: 'workforceTraining.course.title',
      groupKey: group,
      roles: WORKFORCE_ROLES,
      parent: coursesParent,
    },
  },
]

/** Sidebar entries of workforce.training, inside the 队伍建设 group. */
export const workforceTrainingNav: NavItem[] = [
  {
    key: 'workforce-training',
    titleKey: 'workforceTraining.nav.coverage',
    icon: Reading,
    path: '/workforce/training',
    roles: WORKFORCE_ROLES,
  },
  {
    key: 'workforce-courses',
    titleKey: 'workforceTraining.nav.courses',
    icon: Notebook,
    path: '/workforce/courses',
    roles: WORKFORCE_ROLES,
  },
]
