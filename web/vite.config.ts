/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

// The back end (Spring Boot, server/) listens on :8080 in development; XUEQU_API points elsewhere.
const backend = process.env.XUEQU_API || 'http://localhost:8080'

export default defineConfig({
  base: '/',
  plugins: [vue()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  define: {
    // vue-i18n feature flags: Composition API only, no devtools in production.
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: backend, changeOrigin: false },
      '/v3': { target: backend, changeOrigin: false },
      '/swagger-ui': { target: backend, changeOrigin: false },
      '/actuator': { target: backend, changeOrigin: false },
    },
  },
  build: {
    // Maven packs target/classes into the web jar; Spring Boot serves classpath:/static/ at "/".
    outDir: 'target/classes/static',
    emptyOutDir: true,
    target: 'es2020',
    chunkSizeWarningLimit: 600,
    rollupOptions: {
      output: {
        // Only the framework gets its own long-lived chunk. Element Plus and ECharts are left to
        // Rollup: assigning them to manual chunks would defeat tree-shaking (every component ends
        // up in the bundle).
        manualChunks(id: string) {
          if (/node_modules\/(vue|@vue|vue-router|vue-i18n|@intlify|pinia)\//.test(id)) return 'vue'
          return undefined
        },
      },
    },
  },
  test: {
    environment: 'node',
    include: ['src/**/*.spec.ts'],
    restoreMocks: true,
    // Page-level specs mount whole Element Plus pages; on a busy 2-core CI machine 5 s is not enough.
    testTimeout: 60_000,
  },
})
