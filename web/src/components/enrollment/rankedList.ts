/**
 * Ordered lists the user ranks by hand: a family's school choices (志愿) and a policy's tier rules.
 * Pure functions returning new arrays, so the components stay thin and the rules are tested.
 */

/** Moves the item at `index` by `delta` places (−1 = up); out-of-range moves return the list unchanged. */
export function moveItem<T>(list: readonly T[], index: number, delta: number): T[] {
  const target = index + delta
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return [...list]
  const out = [...list]
  const [item] = out.splice(index, 1)
  out.splice(target, 0, item as T)
  return out
}

export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index)
}

export type AddRefusal = 'full' | 'duplicate'

/** Adds a choice at the end unless the list is full or already has it. */
export function addChoice(
  list: readonly number[],
  id: number,
  max: number,
): { list: number[]; refused: AddRefusal | null } {
  if (list.includes(id)) return { list: [...list], refused: 'duplicate' }
  if (list.length >= max) return { list: [...list], refused: 'full' }
  return { list: [...list, id], refused: null }
}

/** Choices the options still allow (e.g. after the options changed), in order, without duplicates, at most `max`. */
export function keepAllowed(list: readonly number[], allowed: readonly number[], max: number): number[] {
  const ok = new Set(allowed)
  const seen = new Set<number>()
  const out: number[] = []
  for (const id of list) {
    if (!ok.has(id) || seen.has(id)) continue
    seen.add(id)
    out.push(id)
  }
  return out.slice(0, Math.max(0, max))
}
