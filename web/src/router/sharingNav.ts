import { Share } from '@element-plus/icons-vue'
import type { NavItem } from './nav'

/** Sidebar entry of the sharing module. */
export const sharingNav: NavItem = { key: 'sharing', titleKey: 'nav.sharing', icon: Share, path: '/sharing' }
