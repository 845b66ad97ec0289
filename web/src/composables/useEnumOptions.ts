import { computed } from 'vue'
import { useI18n } from 'vue-i18n'

export interface Option<T> {
  value: T
  label: string
}

/** Select options for an enum, labelled from `<prefix>.<VALUE>` in the current language. */
export function useEnumOptions<T extends string>(values: readonly T[], prefix: string) {
  const { t } = useI18n()
  return computed<Option<T>[]>(() => values.map((value) => ({ value, label: t(`${prefix}.${value}`) })))
}
