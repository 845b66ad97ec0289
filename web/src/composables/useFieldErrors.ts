import { reactive, ref } from 'vue'
import { isProblemError } from '@/api/problem'
import type { FieldError } from '@/api/types'

export interface MappedErrors {
  byField: Record<string, string>
  other: string[]
}

/**
 * Sorts a problem's `errors` into the form's fields (by exact name, else by the last path
 * segment, e.g. `form.name` -> `name`) and the rest, which the form lists at the top.
 */
export function mapFieldErrors(errors: readonly FieldError[], fields: readonly string[]): MappedErrors {
  const byField: Record<string, string> = {}
  const other: string[] = []
  for (const { field, reason } of errors) {
    const name = field ?? ''
    const last = name.split('.').pop() ?? name
    const target = fields.includes(name) ? name : fields.includes(last) ? last : null
    if (target) byField[target] = byField[target] ? `${byField[target]}；${reason}` : reason
    else other.push(name ? `${name}: ${reason}` : reason)
  }
  return { byField, other }
}

/** Server-side validation errors bound to Element Plus form items via `:error`. */
export function useFieldErrors(fields: readonly string[]) {
  const errors = reactive<Record<string, string>>({})
  const otherErrors = ref<string[]>([])

  function clear(field?: string): void {
    if (field) {
      delete errors[field]
      return
    }
    for (const k of Object.keys(errors)) delete errors[k]
    otherErrors.value = []
  }

  /** True when `e` carried field errors (they are now shown); false means: report it elsewhere. */
  function apply(e: unknown): boolean {
    clear()
    if (!isProblemError(e) || e.fieldErrors.length === 0) return false
    const mapped = mapFieldErrors(e.fieldErrors, fields)
    Object.assign(errors, mapped.byField)
    otherErrors.value = mapped.other
    return true
  }

  return { errors, otherErrors, apply, clear }
}
