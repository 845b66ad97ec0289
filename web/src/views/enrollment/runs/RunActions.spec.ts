// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import type { Run } from '@/api/enrollment'
import { applyLocale, i18n } from '@/i18n'
import { fakeServer } from '@/test/helpers'
import RunActions from './RunActions.vue'

const confirm = vi.fn()
vi.mock('element-plus', async (importOriginal) => {
  const actual = await importOriginal<typeof import('element-plus')>()
  return { ...actual, ElMessageBox: { ...actual.ElMessageBox, confirm: (...args: unknown[]) => confirm(...args) } }
})

const run = (status: Run['status']): Run => ({
  id: 3,
  cycle: { id: 1, name: '2026 小学入学' },
  name: '第一次派位',
  mechanism: 'DA',
  status,
  seedCommitment: status === 'DRAFT' ? null : 'ab'.repeat(32),
  seed: null,
  createdAt: '2026-06-01T01:00:00Z',
  committedAt: null,
  executedAt: null,
  reviewedAt: null,
  publishedAt: null,
  applicants: 0,
  placed: 0,
  unplaced: 0,
  version: 4,
})

async function settle(ms = 0) {
  for (let i = 0; i < 5; i++) {
    await flushPromises()
    await new Promise((r) => setTimeout(r, ms))
  }
}

beforeEach(() => {
  document.cookie = 'XSRF-TOKEN=t'
  applyLocale('zh-CN')
  confirm.mockReset()
})
afterEach(() => vi.unstubAllGlobals())

describe('RunActions', () => {
  it('offers only the next step, and re-execution once executed', () => {
    const ids = (status: Run['status']) =>
      mount(RunActions, { props: { run: run(status) }, global: { plugins: [i18n] } })
        .findAll('[data-testid^="run-"]')
        .map((b) => b.attributes('data-testid'))
    expect(ids('DRAFT')).toEqual(['run-commit'])
    expect(ids('COMMITTED')).toEqual(['run-execute'])
    expect(ids('EXECUTED')).toEqual(['run-review', 'run-execute'])
    expect(ids('REVIEWED')).toEqual(['run-publish'])
    expect(ids('PUBLISHED')).toEqual([])
  })

  it('commits with the version after confirmation', async () => {
    confirm.mockResolvedValue('confirm')
    const server = fakeServer([{ method: 'POST', path: '/api/enrollment/runs/3/commit', body: run('COMMITTED') }])
    const wrapper = mount(RunActions, { props: { run: run('DRAFT') }, global: { plugins: [i18n] } })
    await wrapper.find('[data-testid="run-commit"]').trigger('click')
    await settle()
    expect(confirm).toHaveBeenCalledOnce()
    const [url, init] = server.mock.calls[0]!
    expect(`${init!.method} ${String(url)}`).toBe('POST /api/enrollment/runs/3/commit')
    expect(JSON.parse(String(init!.body))).toEqual({ version: 4 })
    expect(wrapper.emitted('changed')).toHaveLength(1)
  })

  it('does nothing when the confirmation is cancelled', async () => {
    confirm.mockRejectedValue('cancel')
    const server = fakeServer([])
    const wrapper = mount(RunActions, { props: { run: run('REVIEWED') }, global: { plugins: [i18n] } })
    await wrapper.find('[data-testid="run-publish"]').trigger('click')
    await settle()
    expect(server).not.toHaveBeenCalled()
    expect(wrapper.emitted('changed')).toBeUndefined()
  })

  it('executes as a job, shows its progress and reports the end', async () => {
    confirm.mockResolvedValue('confirm')
    let polls = 0
    const jobs = [
      { state: 'RUNNING', phase: 'ALLOCATING', processed: 2000, total: 7000 },
      { state: 'SUCCEEDED', processed: 7000, total: 7000, result: {} },
    ]
    const server = vi.fn(async (input: RequestInfo | URL) => {
      const url = String(input)
      const body = url.includes('/execute') ? { jobId: 'j9' } : jobs[Math.min(polls++, jobs.length - 1)]
      return new Response(JSON.stringify(body), {
        status: url.includes('/execute') ? 202 : 200,
        headers: { 'Content-Type': 'application/json' },
      })
    })
    vi.stubGlobal('fetch', server)
    const wrapper = mount(RunActions, { props: { run: run('COMMITTED') }, global: { plugins: [i18n] } })
    await wrapper.find('[data-testid="run-execute"]').trigger('click')
    await settle()
    const progress = wrapper.find('[data-testid="run-progress"]')
    expect(progress.exists()).toBe(true)
    expect(progress.attributes('data-percent')).toBe('29')
    expect(progress.text()).toContain('2000 / 7000')
    expect(wrapper.emitted('changed')).toBeUndefined()
    await settle(200)
    await new Promise((r) => setTimeout(r, 600))
    await settle()
    expect(server.mock.calls.map(([u]) => String(u))).toEqual([
      '/api/enrollment/runs/3/execute',
      '/api/platform/jobs/j9',
      '/api/platform/jobs/j9',
    ])
    expect(wrapper.find('[data-testid="run-progress"]').exists()).toBe(false)
    expect(wrapper.emitted('changed')).toHaveLength(1)
  })
})
