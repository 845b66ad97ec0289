/** A point as [x, y] (on the map: [longitude, latitude]). */
export type Point = readonly [number, number]

/** z of (a - o) × (b - o): > 0 when o → a → b turns counter-clockwise. */
function cross(o: Point, a: Point, b: Point): number {
  return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])
}

/**
 * Convex hull of a point set (monotone chain, O(n log n)). The result runs counter-clockwise from
 * the lowest-x (then lowest-y) point and is not closed; duplicates and points lying on an edge are
 * left out. Fewer than three distinct points come back as they are (one point, or a segment);
 * non-finite coordinates are ignored.
 */
export function convexHull(points: readonly Point[]): Point[] {
  const sorted = points
    .filter((p) => Number.isFinite(p[0]) && Number.isFinite(p[1]))
    .slice()
    .sort((a, b) => a[0] - b[0] || a[1] - b[1])
  const unique: Point[] = []
  for (const p of sorted) {
    const last = unique[unique.length - 1]
    if (!last || last[0] !== p[0] || last[1] !== p[1]) unique.push(p)
  }
  if (unique.length < 3) return unique

  const chain = (list: Point[]): Point[] => {
    const out: Point[] = []
    for (const p of list) {
      while (out.length >= 2 && cross(out[out.length - 2]!, out[out.length - 1]!, p) <= 0) out.pop()
      out.push(p)
    }
    out.pop() // the last point starts the other chain
    return out
  }
  // Collinear input: both chains collapse to one end point each, i.e. the segment.
  return [...chain(unique), ...chain(unique.slice().reverse())]
}

/** Twice the signed area (shoelace); positive for counter-clockwise polygons. */
export function signedArea2(polygon: readonly Point[]): number {
  let sum = 0
  for (let i = 0; i < polygon.length; i++) {
    const a = polygon[i]!
    const b = polygon[(i + 1) % polygon.length]!
    sum += a[0] * b[1] - b[0] * a[1]
  }
  return sum
}
