import { computed, shallowRef } from 'vue'
import { evaluationApi } from '@/api/evaluation'
import { fetchAllDistricts } from '@/api/registry'
import type { SchoolDistrict } from '@/api/types'
import { useSessionStore } from '@/stores/session'
import { currentSchoolYear } from '@/utils/schoolYear'

/**
 * Years with conditions figures (newest first; the current school year when there are none yet) and
 * the districts in the user's scope, for the selectors of the evaluation pages. A district office
 * always works on one of its districts, so it gets no "whole region" choice.
 */
export function useEvalFilters() {
  const session = useSessionStore()
  const years = shallowRef<number[]>([])
  const districts = shallowRef<SchoolDistrict[]>([])
  const districtOffice = computed(() => session.role === 'DISTRICT_OFFICE')
  const fallbackYear = currentSchoolYear()

  const loaded = Promise.all([
    evaluationApi
      .conditionYears()
      .then((y) => (years.value = y.length ? y : [fallbackYear]))
      .catch(() => (years.value = [fallbackYear])),
    fetchAllDistricts()
      .then((d) => (districts.value = d.filter((x) => x.kind !== 'PRESCHOOL' && x.status === 'ACTIVE')))
      .catch(() => undefined),
  ])

  return { years, districts, districtOffice, fallbackYear, loaded }
}
