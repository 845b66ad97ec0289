import { describe, expect, it } from 'vitest'
import { convexHull, signedArea2, type Point } from './convexHull'

/** Is p inside or on the counter-clockwise convex polygon? */
function contains(hull: readonly Point[], p: Point): boolean {
  for (let i = 0; i < hull.length; i++) {
    const a = hull[i]!
    const b = hull[(i + 1) % hull.length]!
    if ((b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]) < -1e-12) return false
  }
  return true
}

describe('convex hull', () => {
  it('keeps the corners of a square and drops inner and edge points', () => {
    const pts: Point[] = [
      [0, 0],
      [2, 0],
      [2, 2],
      [0, 2],
      [1, 1],
      [1, 0],
      [2, 1],
      [0.5, 1.5],
    ]
    expect(convexHull(pts)).toEqual([
      [0, 0],
      [2, 0],
      [2, 2],
      [0, 2],
    ])
  })

  it('runs counter-clockwise and contains every input point', () => {
    // Deterministic pseudo-random points around Xicheng.
    let seed = 42
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
    const pts: Point[] = Array.from({ length: 300 }, () => [116.3 + rnd() * 0.1, 39.86 + rnd() * 0.09] as const)
    const hull = convexHull(pts)
    expect(hull.length).toBeGreaterThanOrEqual(3)
    expect(signedArea2(hull)).toBeGreaterThan(0)
    for (const p of pts) expect(contains(hull, p)).toBe(true)
    // Every hull vertex is an input point.
    for (const v of hull) expect(pts).toContainEqual(v)
  })

  it('handles tiny and degenerate inputs', () => {
    expect(convexHull([])).toEqual([])
    expect(convexHull([[1, 2]])).toEqual([[1, 2]])
    expect(
      convexHull([
        [1, 2],
        [1, 2],
      ]),
    ).toEqual([[1, 2]])
    expect(
      convexHull([
        [3, 3],
        [1, 1],
      ]),
    ).toEqual([
      [1, 1],
      [3, 3],
    ])
    // Collinear points: the segment between the two ends.
    expect(
      convexHull([
        [0, 0],
        [2, 2],
        [1, 1],
        [3, 3],
      ]),
    ).toEqual([
      [0, 0],
      [3, 3],
    ])
  })

  it('ignores points without usable coordinates and does not change its input', () => {
    const pts: Point[] = [
      [0, 0],
      [1, 0],
      [NaN, 5],
      [0, 1],
      [Infinity, 0],
    ]
    const copy = pts.map((p) => [...p])
    expect(convexHull(pts)).toEqual([
      [0, 0],
      [1, 0],
      [0, 1],
    ])
    expect(pts).toEqual(copy)
  })
})
