// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import { mount } from '@vue/test-utils'
import ListPager from './ListPager.vue'

function fakeList(total: number) {
  return {
    page: ref(1),
    size: ref(20),
    total: ref(total),
    pageSizes: [10, 20, 50, 100] as const,
    onPageChange: vi.fn(),
    onSizeChange: vi.fn(),
  }
}

describe('ListPager', () => {
  it('moves its list to the page clicked and shows how many rows there are', async () => {
    const list = fakeList(95)
    const w = mount(ListPager, { props: { list } })
    expect(w.find('.el-pagination__total').text()).toContain('95')
    const pages = w.findAll('.el-pager li')
    expect(pages.map((p) => p.text())).toEqual(['1', '2', '3', '4', '5'])
    await pages[2]!.trigger('click')
    expect(list.page.value).toBe(3)
    expect(list.onPageChange).toHaveBeenCalledWith(3)
    expect(w.find('.el-pagination__jump').exists()).toBe(true)
    w.unmount()
  })

  it('leaves out the page jumper when asked to', () => {
    const w = mount(ListPager, { props: { list: fakeList(5), jumper: false } })
    expect(w.find('.el-pagination__jump').exists()).toBe(false)
    w.unmount()
  })
})
