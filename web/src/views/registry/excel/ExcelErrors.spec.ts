// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import type { ExcelImportProblem } from '@/api/types'
import { applyLocale, i18n } from '@/i18n'
import ExcelErrors from './ExcelErrors.vue'

async function mountWith(problem: ExcelImportProblem) {
  const wrapper = mount(ExcelErrors, { props: { problem }, global: { plugins: [i18n] }, attachTo: document.body })
  // Element Plus tables register their columns after the first render.
  await flushPromises()
  await new Promise((resolve) => setTimeout(resolve, 0))
  await flushPromises()
  return wrapper
}

const problem: ExcelImportProblem = {
  title: '导入数据有误',
  status: 422,
  detail: '文件中有 250 处错误，未导入任何数据。',
  errors: [
    { row: 3, field: '单位名称', reason: '不能为空' },
    { row: 7, field: null, reason: '重复的行' },
  ],
  errorCount: 250,
  badRows: 180,
}

describe('ExcelErrors', async () => {
  it('shows the title, detail, counts and one table row per error', async () => {
    applyLocale('zh-CN')
    const wrapper = await mountWith(problem)
    const text = wrapper.text()
    expect(text).toContain('导入数据有误')
    expect(text).toContain('文件中有 250 处错误')
    expect(text).toContain('未写入任何数据')
    expect(wrapper.find('[data-testid="excel-error-total"]').text()).toContain('共 250 处错误，涉及 180 行')
    expect(wrapper.find('[data-testid="excel-errors-capped"]').text()).toContain('前 2 处错误，共 250 处')
    const headers = wrapper.findAll('.el-table__header th').map((th) => th.text())
    expect(headers).toEqual(['行', '列', '原因'])
    const rows = wrapper.findAll('.el-table__body tr').map((tr) => tr.findAll('td').map((td) => td.text()))
    expect(rows).toEqual([
      ['3', '单位名称', '不能为空'],
      ['7', '—', '重复的行'],
    ])
    wrapper.unmount()
  })

  it('does not claim a cap when every error is listed, and follows the language', async () => {
    applyLocale('en')
    const wrapper = await mountWith({ ...problem, errorCount: 2, badRows: 2 })
    expect(wrapper.find('[data-testid="excel-errors-capped"]').exists()).toBe(false)
    expect(wrapper.text()).toContain('Nothing was written')
    expect(wrapper.findAll('.el-table__header th').map((th) => th.text())).toEqual(['Row', 'Column', 'Reason'])
    wrapper.unmount()
    applyLocale('zh-CN')
  })

  it('falls back to a generic title and shows no table without row errors', async () => {
    applyLocale('zh-CN')
    const wrapper = await mountWith({ status: 500 })
    expect(wrapper.text()).toContain('导入失败')
    expect(wrapper.find('.el-table').exists()).toBe(false)
    expect(wrapper.find('[data-testid="excel-error-total"]').exists()).toBe(false)
    wrapper.unmount()
  })
})
