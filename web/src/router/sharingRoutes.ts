import type { RouteRecordRaw } from 'vue-router'
import { SHARING_ACTOR_ROLES, SHARING_SETTINGS_ROLES } from './sharingNav'

const group = 'nav.sharing'

/** Pages of the sharing module, children of the signed-in layout. */
export const sharingRoutes: RouteRecordRaw[] = [
  {
    path: 'sharing',
    name: 'sharing',
    component: () => import('@/views/sharing/SharingHomeView.vue'),
    meta: { titleKey: 'sharing.home.title', groupKey: group },
  },
  {
    path: 'sharing/resources',
    name: 'sharing-resources',
    component: () => import('@/views/sharing/search/SearchView.vue'),
    meta: { titleKey: 'sharing.nav.resources', groupKey: group },
  },
  {
    path: 'sharing/resources/:id(\\d+)',
    name: 'sharing-resource-detail',
    component: () => import('@/views/sharing/resource/ResourceDetailView.vue'),
    meta: {
      titleKey: 'sharing.detail.title',
      groupKey: group,
      parent: { titleKey: 'sharing.nav.resources', path: '/sharing/resources' },
    },
  },
  {
    path: 'sharing/recommendations',
    name: 'sharing-recommendations',
    component: () => import('@/views/sharing/RecommendationsView.vue'),
    meta: { titleKey: 'sharing.nav.recommendations', groupKey: group },
  },
  {
    path: 'sharing/bookings',
    name: 'sharing-bookings',
    component: () => import('@/views/sharing/bookings/MyBookingsView.vue'),
    meta: { titleKey: 'sharing.nav.bookings', groupKey: group, roles: SHARING_ACTOR_ROLES },
  },
  {
    path: 'sharing/approvals',
    name: 'sharing-approvals',
    component: () => import('@/views/sharing/bookings/ApprovalsView.vue'),
    meta: { titleKey: 'sharing.nav.approvals', groupKey: group, roles: SHARING_ACTOR_ROLES },
  },
  {
    path: 'sharing/managed',
    name: 'sharing-managed',
    component: () => import('@/views/sharing/managed/ManagedResourcesView.vue'),
    meta: { titleKey: 'sharing.nav.managed', groupKey: group, roles: SHARING_ACTOR_ROLES },
  },
  {
    path: 'sharing/usage',
    name: 'sharing-usage',
    component: () => import('@/views/sharing/usage/UsageView.vue'),
    meta: { titleKey: 'sharing.nav.usage', groupKey: group, roles: SHARING_ACTOR_ROLES },
  },
  {
    path: 'sharing/notifications',
    name: 'sharing-notifications',
    component: () => import('@/views/sharing/NotificationsView.vue'),
    meta: { titleKey: 'sharing.nav.notifications', groupKey: group },
  },
  {
    path: 'sharing/settings',
    name: 'sharing-settings',
    component: () => import('@/views/sharing/settings/SharingSettingsView.vue'),
    meta: { titleKey: 'sharing.nav.settings', groupKey: group, roles: SHARING_SETTINGS_ROLES },
  },
]
