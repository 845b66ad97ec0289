import { onBeforeUnmount, reactive, ref, shallowRef, watch, type UnwrapRef } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import type { Page, PageRequest } from '@/api/types'
import { reportError } from '@/utils/reportError'
import { PAGE_SIZES, readListQuery, writeListQuery, type Filters } from './listQuery'

export { PAGE_SIZES, type Filters }

export interface PagedListOptions<F extends Filters> {
  filters: F
  size?: number
  sort?: string
  /** Filters parsed as numbers when read back from the URL. */
  numeric?: (keyof F & string)[]
  /** Keep page, size, sort and filters in the address bar (reload and share keep the view). */
  syncUrl?: boolean
}

/**
 * A server-paged, filterable, sortable list: one request at a time (older ones are aborted),
 * 1-based page numbers for el-pagination, 0-based on the wire.
 */
export function usePagedList<T, F extends Filters>(
  fetcher: (q: F & PageRequest, signal: AbortSignal) => Promise<Page<T>>,
  options: PagedListOptions<F>,
) {
  const route = useRoute()
  const router = useRouter()
  const defaults = { filters: { ...options.filters }, size: options.size ?? 20, sort: options.sort ?? '' }
  const initial = options.syncUrl ? readListQuery(route.query, defaults, options.numeric) : null

  const filters = reactive({ ...(initial?.filters ?? options.filters) }) as UnwrapRef<F>
  const page = ref(initial?.page ?? 1)
  const size = ref(initial?.size ?? defaults.size)
  const sort = ref(initial?.sort ?? defaults.sort)
  const rows = shallowRef<T[]>([])
  const total = ref(0)
  const loading = ref(false)
  const loaded = ref(false)
  let controller: AbortController | null = null
  let lastWritten = ''
  const ownPath = route.path

  function syncUrl(): void {
    if (!options.syncUrl) return
    const query = writeListQuery(
      { filters: filters as Filters, page: page.value, size: size.value, sort: sort.value },
      defaults,
    )
    lastWritten = JSON.stringify(query)
    if (JSON.stringify(route.query) !== lastWritten) void router.replace({ query })
  }

  async function load(): Promise<void> {
    controller?.abort()
    const current = new AbortController()
    controller = current
    loading.value = true
    syncUrl()
    try {
      const request = {
        ...(filters as F),
        page: page.value - 1,
        size: size.value,
        sort: sort.value || undefined,
      }
      const res = await fetcher(request, current.signal)
      if (current.signal.aborted) return
      rows.value = res.content
      total.value = res.page.totalElements
      // The list shrank under us (e.g. filters): step back to the last page that exists.
      if (res.content.length === 0 && page.value > 1 && res.page.totalPages > 0 && page.value > res.page.totalPages) {
        page.value = res.page.totalPages
        return load()
      }
    } catch (e) {
      if (!current.signal.aborted) reportError(e, { navigation: !loaded.value })
    } finally {
      if (controller === current) {
        loading.value = false
        loaded.value = true
      }
    }
  }

  /** New filters: back to page 1. */
  function search(): Promise<void> {
    page.value = 1
    return load()
  }

  function reset(): Promise<void> {
    Object.assign(filters, defaults.filters)
    sort.value = defaults.sort
    return search()
  }

  function onPageChange(p: number): void {
    page.value = p
    void load()
  }

  function onSizeChange(s: number): void {
    size.value = s
    void search()
  }

  /** el-table `sort-change` with `sortable="custom"`. */
  function onSortChange({ prop, order }: { prop: string | null; order: 'ascending' | 'descending' | null }): void {
    sort.value = prop && order ? `${prop},${order === 'ascending' ? 'asc' : 'desc'}` : defaults.sort
    void search()
  }

  // Back/forward between list states: follow the address bar.
  if (options.syncUrl) {
    watch(
      () => route.query,
      (query) => {
        if (route.path !== ownPath || JSON.stringify(query) === lastWritten) return
        const next = readListQuery(query, defaults, options.numeric)
        Object.assign(filters, next.filters)
        page.value = next.page
        size.value = next.size
        sort.value = next.sort
        void load()
      },
    )
  }

  onBeforeUnmount(() => controller?.abort())

  return {
    filters,
    page,
    size,
    sort,
    rows,
    total,
    loading,
    load,
    search,
    reset,
    onPageChange,
    onSizeChange,
    onSortChange,
    pageSizes: PAGE_SIZES,
  }
}
