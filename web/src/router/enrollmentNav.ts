import { Reading } from '@element-plus/icons-vue'
import type { NavItem } from './nav'

/** Sidebar entry of the enrollment module. */
export const enrollmentNav: NavItem = { key: 'enrollment', titleKey: 'nav.enrollment', icon: Reading, path: '/enrollment' }
