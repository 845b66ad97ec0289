// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { applyLocale, i18n } from '@/i18n'
import type { OptionSchool } from '@/api/enrollment'
import ChoiceEditor from './ChoiceEditor.vue'

const school = (id: number, name: string, inZone: boolean, tier: number): OptionSchool => ({
  unit: { id, name },
  inZone,
  tier,
  tierLabel: inZone ? '户籍在片内' : '片外',
  reasons: inZone ? ['户籍在片内'] : [],
})
const schools = [school(1, '一小', true, 1), school(2, '二小', true, 1), school(3, '三小', false, 4)]

function mountEditor(initial: number[], max = 2) {
  applyLocale('zh-CN')
  const wrapper = mount(ChoiceEditor, {
    props: {
      schools,
      max,
      modelValue: initial,
      'onUpdate:modelValue': (v: number[]) => wrapper.setProps({ modelValue: v }),
    },
    global: { plugins: [i18n] },
  })
  return wrapper
}

function ranked(wrapper: ReturnType<typeof mountEditor>): string[] {
  return wrapper.findAll('[data-testid="choice-item"]').map((li) => li.attributes('data-unit-id')!)
}

describe('ChoiceEditor', () => {
  it('adds schools in order and stops at the maximum', async () => {
    const wrapper = mountEditor([])
    expect(wrapper.text()).toContain('尚未选择志愿')
    await wrapper.find('[data-testid="choice-add-3"]').trigger('click')
    await wrapper.find('[data-testid="choice-add-1"]').trigger('click')
    expect(ranked(wrapper)).toEqual(['3', '1'])
    expect(wrapper.find('[data-testid="choice-add-2"]').attributes('disabled')).toBeDefined()
    expect(wrapper.find('[data-testid="choice-add-3"]').attributes('disabled')).toBeDefined()
    expect(wrapper.text()).toContain('最多 2 个志愿')
  })

  it('reorders and removes choices', async () => {
    const wrapper = mountEditor([1, 2, 3], 3)
    await wrapper.find('[data-testid="choice-down-0"]').trigger('click')
    expect(ranked(wrapper)).toEqual(['2', '1', '3'])
    await wrapper.find('[data-testid="choice-up-2"]').trigger('click')
    expect(ranked(wrapper)).toEqual(['2', '3', '1'])
    await wrapper.find('[data-testid="choice-remove-0"]').trigger('click')
    expect(ranked(wrapper)).toEqual(['3', '1'])
    expect(wrapper.emitted('update:modelValue')!.at(-1)).toEqual([[3, 1]])
  })

  it('shows the tier and whether a school is in the zone', () => {
    const wrapper = mountEditor([])
    const option = wrapper.find('[data-testid="choice-option-3"]')
    expect(option.text()).toContain('片外')
    expect(wrapper.find('[data-testid="choice-option-1"]').text()).toContain('片内')
  })
})
