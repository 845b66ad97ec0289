import type { RouteRecordRaw } from 'vue-router'
import type { NavItem } from './nav'

/** Pages of workforce.training (队伍建设), children of the signed-in layout. */
export const workforceTrainingRoutes: RouteRecordRaw[] = []

/** Sidebar entries of workforce.training, inside the 队伍建设 group. */
export const workforceTrainingNav: NavItem[] = []
