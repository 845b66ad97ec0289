import { createApp } from 'vue'
import { createPinia } from 'pinia'
import { ElLoading, ElMessage } from 'element-plus'
import 'element-plus/dist/index.css'
import './styles/main.css'

import App from './App.vue'
import { configureClient } from '@/api/client'
import { applyLocale, currentLocale, i18n, initialLocale } from '@/i18n'
import { router } from '@/router'
import { useSessionStore } from '@/stores/session'

const app = createApp(App)
const pinia = createPinia()
app.use(pinia)
app.use(i18n)
app.use(router)
app.use(ElLoading)

applyLocale(initialLocale())

configureClient({
  getLocale: currentLocale,
  // The session ended (expired, logged out elsewhere): back to the login page, then back here.
  onUnauthorized: () => {
    const session = useSessionStore(pinia)
    const wasSignedIn = !!session.me
    session.clear()
    const current = router.currentRoute.value
    if (current.meta.public) return
    if (wasSignedIn) ElMessage.warning({ message: i18n.global.t('errors.sessionExpired'), grouping: true })
    void router.replace({ path: '/login', query: { redirect: current.fullPath } })
  },
})

app.config.errorHandler = (err) => {
  console.error(err)
}

app.mount('#app')
