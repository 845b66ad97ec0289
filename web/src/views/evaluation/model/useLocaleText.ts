import { useI18n } from 'vue-i18n'

/** Picks the zh or en text of a pair the server sends both of (nameZh/nameEn, reasonZh/reasonEn). */
export function useLocaleText() {
  const { locale } = useI18n()
  return (zh: string | null | undefined, en: string | null | undefined): string =>
    (locale.value === 'en' ? en || zh : zh || en) ?? ''
}
