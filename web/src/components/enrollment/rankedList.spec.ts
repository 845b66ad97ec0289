import { describe, expect, it } from 'vitest'
import { addChoice, keepAllowed, moveItem, removeAt } from './rankedList'

describe('ranked lists', () => {
  it('moves an item up and down without touching the input', () => {
    const list = ['a', 'b', 'c', 'd']
    expect(moveItem(list, 2, -1)).toEqual(['a', 'c', 'b', 'd'])
    expect(moveItem(list, 0, 1)).toEqual(['b', 'a', 'c', 'd'])
    expect(moveItem(list, 0, 3)).toEqual(['b', 'c', 'd', 'a'])
    expect(list).toEqual(['a', 'b', 'c', 'd'])
  })

  it('ignores moves past either end', () => {
    expect(moveItem(['a', 'b'], 0, -1)).toEqual(['a', 'b'])
    expect(moveItem(['a', 'b'], 1, 1)).toEqual(['a', 'b'])
    expect(moveItem(['a', 'b'], 5, -1)).toEqual(['a', 'b'])
  })

  it('removes by position', () => {
    expect(removeAt([7, 8, 9], 1)).toEqual([7, 9])
    expect(removeAt([7, 8, 9], 3)).toEqual([7, 8, 9])
  })

  it('adds choices up to the maximum, once each', () => {
    let state = addChoice([], 11, 2)
    expect(state).toEqual({ list: [11], refused: null })
    state = addChoice(state.list, 11, 2)
    expect(state).toEqual({ list: [11], refused: 'duplicate' })
    state = addChoice(state.list, 12, 2)
    expect(state).toEqual({ list: [11, 12], refused: null })
    state = addChoice(state.list, 13, 2)
    expect(state).toEqual({ list: [11, 12], refused: 'full' })
  })

  it('keeps only allowed choices, deduplicated and capped, in the given order', () => {
    expect(keepAllowed([5, 3, 5, 9, 1], [1, 3, 5], 5)).toEqual([5, 3, 1])
    expect(keepAllowed([5, 3, 1], [1, 3, 5], 2)).toEqual([5, 3])
    expect(keepAllowed([5], [5], 0)).toEqual([])
  })
})
