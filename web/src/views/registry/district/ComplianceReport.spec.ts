// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import type { ComplianceReport as Report } from '@/api/types'
import { applyLocale, i18n } from '@/i18n'
import ComplianceReport from './ComplianceReport.vue'

const report: Report = {
  districtId: 3,
  year: 2026,
  compliant: false,
  checks: [
    { rule: 'PRESCHOOL_MAX_16', passed: true, message: '应不超过16所幼儿园，现有12所。' },
    {
      rule: 'PRESCHOOL_INSPECTORS',
      passed: false,
      message: '应有1名专职督学和8名兼职督学，现有1名专职督学和6名兼职督学。',
    },
    { rule: 'FUTURE_RULE', passed: true, message: '新规则。' },
  ],
}

function mountReport(r: Report) {
  return mount(ComplianceReport, { props: { report: r }, global: { plugins: [i18n] } })
}

afterEach(() => applyLocale('zh-CN'))

describe('compliance report', () => {
  it('shows the verdict and one row per check, failed first, with the server message', () => {
    applyLocale('zh-CN')
    const w = mountReport(report)
    const verdict = w.get('[data-testid="compliance-verdict"]')
    expect(verdict.text()).toBe('不符合规定')
    expect(verdict.attributes('data-compliant')).toBe('false')
    expect(verdict.classes()).toContain('el-tag--danger')
    expect(w.text()).toContain('1 项未通过（共 3 项）')

    const rows = w.findAll('[data-testid^="compliance-"]').filter((r) => r.element.tagName === 'LI')
    expect(rows.map((r) => r.attributes('data-testid'))).toEqual([
      'compliance-PRESCHOOL_INSPECTORS',
      'compliance-PRESCHOOL_MAX_16',
      'compliance-FUTURE_RULE',
    ])
    const failed = w.get('[data-testid="compliance-PRESCHOOL_INSPECTORS"]')
    expect(failed.attributes('data-passed')).toBe('false')
    expect(failed.classes()).toContain('is-failed')
    expect(failed.text()).toContain('配备 1 名专职督学和 8 名兼职督学')
    expect(failed.text()).toContain('未通过')
    expect(failed.text()).toContain('现有1名专职督学和6名兼职督学')

    const passed = w.get('[data-testid="compliance-PRESCHOOL_MAX_16"]')
    expect(passed.attributes('data-passed')).toBe('true')
    expect(passed.classes()).toContain('is-passed')
    // A rule this console does not know yet still shows, under its code.
    expect(w.get('[data-testid="compliance-FUTURE_RULE"]').text()).toContain('FUTURE_RULE')
  })

  it('marks a compliant district green, in English too', () => {
    applyLocale('en')
    const w = mountReport({ ...report, compliant: true, checks: [report.checks[0]!] })
    const verdict = w.get('[data-testid="compliance-verdict"]')
    expect(verdict.text()).toBe('Compliant')
    expect(verdict.classes()).toContain('el-tag--success')
    expect(w.text()).toContain('All checks passed (1)')
    expect(w.get('[data-testid="compliance-PRESCHOOL_MAX_16"]').text()).toContain('At most 16 kindergartens')
  })
})
