import { computed, onMounted, ref, shallowRef, watch } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { governanceApi, type BodySummary } from '@/api/governance'

/**
 * The districts whose governance the caller may read, taken from the bodies they may read (the server's
 * policy decides), and the chosen one, kept in the address (`?district=`) so a link shares the view.
 */
export function useDistrict() {
  const route = useRoute()
  const router = useRouter()
  const bodies = shallowRef<BodySummary[]>([])
  const districtId = ref<number | null>(route.query.district ? Number(route.query.district) : null)
  const districts = computed(() => {
    const seen = new Map<number, string>()
    for (const b of bodies.value)
      if (b.districtId !== null) seen.set(b.districtId, b.districtName ?? String(b.districtId))
    return [...seen].map(([id, name]) => ({ id, name }))
  })
  const ready = ref(false)
  onMounted(async () => {
    bodies.value = await governanceApi.bodies().catch(() => [])
    if (districtId.value === null) districtId.value = districts.value[0]?.id ?? null
    ready.value = true
  })
  watch(districtId, (id) => {
    if (id !== null) void router.replace({ query: { ...route.query, district: String(id) } })
  })
  return { bodies, districts, districtId, ready }
}
