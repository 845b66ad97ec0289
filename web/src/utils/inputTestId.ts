import type { Directive } from 'vue'

function apply(el: HTMLElement, testId: string): void {
  const input = el.querySelector('input')
  if (input && input.getAttribute('data-testid') !== testId) input.setAttribute('data-testid', testId)
}

/**
 * `v-input-testid="'booking-date'"` on a wrapper puts the test id on the first `<input>` inside it.
 * Element Plus hands a date picker's own attributes (a `data-testid` among them) to its teleported
 * pop-up panel, never to the field, so browser tests could not find the field by its test id.
 */
export const vInputTestid: Directive<HTMLElement, string> = {
  mounted: (el, binding) => apply(el, binding.value),
  updated: (el, binding) => apply(el, binding.value),
}
