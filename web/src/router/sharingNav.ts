import { Bell, Box, DataLine, MagicStick, Search, Setting, Share, Stamp, Tickets } from '@element-plus/icons-vue'
import type { Role } from '@/api/types'
import type { NavItem } from './nav'

/**
 * Roles that take part in sharing: book, publish and manage resources, see usage. Inspectors only
 * read and search (the server answers 403 to their bookings). The server's scope check is the real
 * guard; this hides what a role can never do.
 */
export const SHARING_ACTOR_ROLES: readonly Role[] = ['ADMIN', 'COMMISSION', 'DISTRICT_OFFICE', 'UNIT', 'INSTITUTION']

/** Region-wide sharing settings (public holidays, institution accounts): the commission and administrators. */
export const SHARING_SETTINGS_ROLES: readonly Role[] = ['ADMIN', 'COMMISSION']

/** Sidebar group of the sharing module; the group keeps the `sharing` key (test id `nav-sharing`). */
export const sharingNav: NavItem = {
  key: 'sharing',
  titleKey: 'nav.sharing',
  icon: Share,
  children: [
    { key: 'sharing-resources', titleKey: 'sharing.nav.resources', icon: Search, path: '/sharing/resources' },
    {
      key: 'sharing-recommendations',
      titleKey: 'sharing.nav.recommendations',
      icon: MagicStick,
      path: '/sharing/recommendations',
    },
    {
      key: 'sharing-bookings',
      titleKey: 'sharing.nav.bookings',
      icon: Tickets,
      path: '/sharing/bookings',
      roles: SHARING_ACTOR_ROLES,
    },
    {
      key: 'sharing-approvals',
      titleKey: 'sharing.nav.approvals',
      icon: Stamp,
      path: '/sharing/approvals',
      roles: SHARING_ACTOR_ROLES,
    },
    {
      key: 'sharing-managed',
      titleKey: 'sharing.nav.managed',
      icon: Box,
      path: '/sharing/managed',
      roles: SHARING_ACTOR_ROLES,
    },
    {
      key: 'sharing-usage',
      titleKey: 'sharing.nav.usage',
      icon: DataLine,
      path: '/sharing/usage',
      roles: SHARING_ACTOR_ROLES,
    },
    { key: 'sharing-notifications', titleKey: 'sharing.nav.notifications', icon: Bell, path: '/sharing/notifications' },
    {
      key: 'sharing-settings',
      titleKey: 'sharing.nav.settings',
      icon: Setting,
      path: '/sharing/settings',
      roles: SHARING_SETTINGS_ROLES,
    },
  ],
}
