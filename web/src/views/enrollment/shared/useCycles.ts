import { shallowRef } from 'vue'
import { enrollmentApi, type Cycle } from '@/api/enrollment'
import { fetchAllDistricts } from '@/api/registry'
import type { SchoolDistrict } from '@/api/types'

/*
 * Cycles (招生年度) and districts change rarely and every enrollment page needs them: one copy per
 * page load. A failed load is forgotten so the next page retries. The cycle last picked is kept for
 * the browser tab, so moving between pages stays on the same year.
 */
let cycles: Promise<Cycle[]> | null = null
let districts: Promise<SchoolDistrict[]> | null = null
const STORAGE_KEY = 'xuequ.enrollment.cycle'

export function loadCycles(force = false): Promise<Cycle[]> {
  if (force) cycles = null
  cycles ??= enrollmentApi.cycles().catch((e: unknown) => {
    cycles = null
    throw e
  })
  return cycles
}

export function loadDistricts(): Promise<SchoolDistrict[]> {
  districts ??= fetchAllDistricts().catch((e: unknown) => {
    districts = null
    throw e
  })
  return districts
}

export function rememberCycle(id: number | null | undefined): void {
  try {
    if (id) sessionStorage.setItem(STORAGE_KEY, String(id))
  } catch {
    /* storage may be disabled */
  }
}

function remembered(): number | null {
  try {
    const n = Number(sessionStorage.getItem(STORAGE_KEY))
    return Number.isFinite(n) && n > 0 ? n : null
  } catch {
    return null
  }
}

/** The cycle to show when none is asked for: the last one picked, else the newest open one, else the newest. */
export function defaultCycleId(list: readonly Cycle[], last: number | null = remembered()): number | null {
  if (last !== null && list.some((c) => c.id === last)) return last
  return (list.find((c) => c.open) ?? list[0])?.id ?? null
}

/** Districts matching a cycle's level (a primary cycle is zoned by primary districts). */
export function districtsFor(all: readonly SchoolDistrict[], cycle: Cycle | null | undefined): SchoolDistrict[] {
  if (!cycle) return [...all]
  const same = all.filter((d) => d.kind === cycle.level)
  return same.length > 0 ? same : [...all]
}

/** Cycles and districts for a page; `ready` resolves with the cycle id to start from. */
export function useCycles() {
  const list = shallowRef<Cycle[]>([])
  const districtList = shallowRef<SchoolDistrict[]>([])

  async function ready(current: number | null | undefined): Promise<number | null> {
    loadDistricts()
      .then((d) => (districtList.value = d))
      .catch(() => undefined)
    list.value = await loadCycles()
    const id = current && list.value.some((c) => c.id === current) ? current : defaultCycleId(list.value)
    rememberCycle(id)
    return id
  }

  function find(id: number | null | undefined): Cycle | null {
    return list.value.find((c) => c.id === id) ?? null
  }

  return { cycles: list, districts: districtList, ready, find }
}
