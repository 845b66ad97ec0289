// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { applyLocale, i18n } from '@/i18n'
import { fakeServer } from '@/test/helpers'
import VerifyView from './VerifyView.vue'

afterEach(() => vi.unstubAllGlobals())

const SEED = '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef'
const run = {
  id: 7,
  regionCode: '110102',
  cycle: { id: 1, name: '2026 小学入学', schoolYear: 2026, level: 'PRIMARY' },
  name: '第一次派位',
  mechanism: 'DA',
  status: 'PUBLISHED',
  seedCommitment: '4884fdaafea47c29fea7159d0daddd9c085d6200e1359e85bb81736af6b7c837',
  seed: SEED,
  committedAt: '2026-06-01T01:00:00Z',
  publishedAt: '2026-06-02T01:00:00Z',
  applicants: 7000,
}

async function settle() {
  for (let i = 0; i < 5; i++) {
    await flushPromises()
    await new Promise((r) => setTimeout(r, 0))
  }
}

async function mountWith(verdict: unknown) {
  document.cookie = 'XSRF-TOKEN=t'
  applyLocale('zh-CN')
  const server = fakeServer([
    { path: '/api/public/enrollment/runs', body: [run] },
    { method: 'POST', path: '/api/public/enrollment/runs/7/verify', body: verdict },
  ])
  const wrapper = mount(VerifyView, { global: { plugins: [i18n] } })
  await settle()
  return { wrapper, server }
}

describe('VerifyView', () => {
  it('replays the draw with the entered seed and says the results match', async () => {
    const { wrapper, server } = await mountWith({
      seedMatchesCommitment: true,
      resultMatches: true,
      applicants: 7000,
      placed: 6950,
      differenceCount: 0,
      differences: [],
      lottery: { seed: SEED, sample: [{ applicationNumber: '2026P-000001', lottery: '42' }] },
    })
    expect(wrapper.find('[data-testid="verify-commitment"]').text()).toContain(run.seedCommitment)
    await wrapper.find('[data-testid="verify-seed-input"]').setValue(` ${SEED.toUpperCase()} `)
    await wrapper.find('[data-testid="verify-submit"]').trigger('submit')
    await settle()
    const [url, init] = server.mock.calls.at(-1)!
    expect(String(url)).toBe('/api/public/enrollment/runs/7/verify')
    expect(JSON.parse(String(init!.body))).toEqual({ seed: SEED })
    const outcome = wrapper.find('[data-testid="verify-outcome"]')
    expect(outcome.attributes('data-outcome')).toBe('match')
    expect(outcome.text()).toContain('结果一致')
    expect(outcome.text()).toContain('共 7000 人参与，6950 人被录取。')
    wrapper.unmount()
  })

  it('shows a mismatch with the differences, treating {} as no school', async () => {
    const { wrapper } = await mountWith({
      seedMatchesCommitment: true,
      resultMatches: false,
      applicants: 3,
      placed: 3,
      differenceCount: 1,
      differences: [{ applicationNumber: '2026P-000002', published: { id: 1, name: '一小' }, replayed: {} }],
      lottery: { seed: SEED, sample: [] },
    })
    await wrapper.find('[data-testid="verify-use-published"]').trigger('click')
    await wrapper.find('[data-testid="verify-submit"]').trigger('submit')
    await settle()
    const outcome = wrapper.find('[data-testid="verify-outcome"]')
    expect(outcome.attributes('data-outcome')).toBe('mismatch')
    expect(outcome.text()).toContain('结果不一致')
    const diff = wrapper.find('[data-testid="verify-differences"]').text()
    expect(diff).toContain('2026P-000002')
    expect(diff).toContain('一小')
    expect(diff).toContain('—')
    wrapper.unmount()
  })

  it('refuses a seed that is not hexadecimal without asking the server', async () => {
    const { wrapper, server } = await mountWith({})
    const before = server.mock.calls.length
    await wrapper.find('[data-testid="verify-seed-input"]').setValue('not-a-seed')
    await wrapper.find('[data-testid="verify-submit"]').trigger('submit')
    await settle()
    expect(wrapper.find('[data-testid="verify-seed-invalid"]').exists()).toBe(true)
    expect(server.mock.calls.length).toBe(before)
    wrapper.unmount()
  })

  it('computes a lottery number in the browser', async () => {
    const { wrapper } = await mountWith({})
    await wrapper.find('[data-testid="lottery-number"]').setValue('110102201800001')
    await wrapper.find('[data-testid="lottery-compute"]').trigger('submit')
    // SubtleCrypto answers on its own schedule: wait for the value rather than for a fixed number of ticks.
    await vi.waitUntil(async () => {
      await settle()
      return wrapper.find('[data-testid="lottery-value"]').exists()
    }, { timeout: 10_000, interval: 20 })
    expect(wrapper.find('[data-testid="lottery-value"]').text()).toBe('15579198441542534622')
    expect(wrapper.find('[data-testid="lottery-result"]').text()).toContain('与该派位公布的承诺一致')
    wrapper.unmount()
  })

  it('looks a result up only with a second fact, sent in the body', async () => {
    document.cookie = 'XSRF-TOKEN=t'
    applyLocale('zh-CN')
    const server = fakeServer([
      { path: '/api/public/enrollment/runs', body: [run] },
      {
        method: 'POST',
        path: '/api/public/enrollment/runs/7/result',
        body: { applicationNumber: '2027P-7K3QX0M9AD', lottery: '42', unit: { id: 3, name: '一小' }, stage: 'CHOICES' },
      },
    ])
    const wrapper = mount(VerifyView, { global: { plugins: [i18n] } })
    await settle()
    await wrapper.find('[data-testid="lottery-number"]').setValue('2027P-7K3QX0M9AD')
    await wrapper.find('[data-testid="lottery-compute"]').trigger('submit')
    await vi.waitUntil(async () => {
      await settle()
      return wrapper.find('[data-testid="lottery-lookup"]').exists()
    }, { timeout: 10_000, interval: 20 })
    const before = server.mock.calls.length
    await wrapper.find('[data-testid="lottery-lookup"]').trigger('click')
    await settle()
    expect(server.mock.calls.length).toBe(before)
    expect(wrapper.find('.calc__lookup').text()).toContain('请填写孩子的出生日期或访问码')

    await wrapper.find('[data-testid="lottery-proof-kind"] input[value="accessCode"]').setValue(true)
    await wrapper.find('[data-testid="lottery-access-code"]').setValue(' XUEQU2027 ')
    await wrapper.find('[data-testid="lottery-lookup"]').trigger('click')
    await settle()
    const [url, init] = server.mock.calls.at(-1)!
    expect(String(url)).toBe('/api/public/enrollment/runs/7/result')
    expect(init!.method).toBe('POST')
    expect(JSON.parse(String(init!.body))).toEqual({ number: '2027P-7K3QX0M9AD', accessCode: 'XUEQU2027' })
    expect(wrapper.find('.calc__lookup').text()).toContain('一小')
    wrapper.unmount()
  })
})
