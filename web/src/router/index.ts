import { createRouter, createWebHistory } from 'vue-router'
import { i18n } from '@/i18n'
import { useSessionStore } from '@/stores/session'
import { decideNavigation } from './guard'
import { routes } from './routes'

export const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes,
  scrollBehavior: () => ({ top: 0 }),
})

router.beforeEach(async (to) => {
  const session = useSessionStore()
  const needsSession = !to.meta.public || to.meta.guestOnly
  const me = needsSession ? await session.ensure() : session.me
  return decideNavigation(to, me)
})

export function documentTitle(titleKey: string | undefined): string {
  const app = i18n.global.t('app.name')
  return titleKey ? `${i18n.global.t(titleKey)} - ${app}` : app
}

router.afterEach((to) => {
  document.title = documentTitle(to.meta.titleKey)
})
