// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { applyLocale, i18n } from '@/i18n'
import { fakeServer } from '@/test/helpers'
import ExcelView from './ExcelView.vue'

afterEach(() => vi.unstubAllGlobals())

async function upload(wrapper: ReturnType<typeof mount>) {
  const input = wrapper.find('[data-testid="excel-upload"]')
  const file = new File(['x'], '成员.xlsx')
  Object.defineProperty(input.element, 'files', { configurable: true, value: [file] })
  await input.trigger('change')
  for (let i = 0; i < 5; i++) {
    await flushPromises()
    await new Promise((resolve) => setTimeout(resolve, 0))
  }
}

describe('ExcelView', () => {
  it('imports a file and shows the summary', async () => {
    document.cookie = 'XSRF-TOKEN=t'
    applyLocale('zh-CN')
    const server = fakeServer([
      { method: 'POST', path: '/api/registry/excel/units', status: 202, body: { jobId: 'a' } },
      {
        path: '/api/platform/jobs/a',
        body: {
          state: 'SUCCEEDED',
          processed: 5,
          total: 5,
          result: { kind: 'units', rows: 5, created: 1, updated: 2, unchanged: 2 },
        },
      },
    ])
    const wrapper = mount(ExcelView, { global: { plugins: [i18n] } })
    await upload(wrapper)
    expect(server.mock.calls.map(([u]) => String(u))).toEqual([
      '/api/registry/excel/units?async=true',
      '/api/platform/jobs/a',
    ])
    const result = wrapper.find('[data-testid="excel-result"]')
    expect(result.attributes('data-state')).toBe('SUCCEEDED')
    expect(result.text()).toContain('共 5 行：新增 1 行，更新 2 行，未变化 2 行。')
    expect(wrapper.find('[data-testid="excel-annotated"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('shows the errors of a failed import and offers the annotated file', async () => {
    applyLocale('zh-CN')
    fakeServer([
      { method: 'POST', path: '/api/registry/excel/units', status: 202, body: { jobId: 'b' } },
      {
        path: '/api/platform/jobs/b',
        body: {
          state: 'FAILED',
          problem: {
            title: '导入数据有误',
            errors: [{ row: 2, field: '单位名称', reason: '不能为空' }],
            errorCount: 1,
            badRows: 1,
          },
        },
      },
    ])
    const wrapper = mount(ExcelView, { global: { plugins: [i18n] } })
    await upload(wrapper)
    expect(wrapper.find('[data-testid="excel-result"]').attributes('data-state')).toBe('FAILED')
    expect(wrapper.find('[data-testid="excel-errors"]').text()).toContain('导入数据有误')
    expect(wrapper.find('[data-testid="excel-annotated"]').exists()).toBe(true)
    wrapper.unmount()
  })
})
