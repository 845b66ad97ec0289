import { describe, expect, it } from 'vitest'
import { commitmentOf, firstEightBytes, hexToBytes, isSeed, lotteryNumber, SeedFormatError } from './lottery'

const SEED32 = '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef'

// Expected values computed independently with Node's crypto:
//   createHash('sha256').update(Buffer.concat([Buffer.from(seed, 'hex'), Buffer.from(id, 'utf8')])).digest().readBigUInt64BE(0)
describe('lottery number calculator', () => {
  it('matches the published test vectors', async () => {
    expect(await lotteryNumber('00', 'A1')).toBe('12199872979341036128')
    expect(await lotteryNumber(SEED32, '110102201800001')).toBe('15579198441542534622')
    expect(await lotteryNumber(SEED32, '学生-张三')).toBe('8754504694238540747')
    expect(await lotteryNumber('ff', '')).toBe('12110191383811801296')
  })

  it('computes a number for an application number like the console shows', async () => {
    const seed = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08'
    expect(await lotteryNumber(seed, '2026P-000123')).toBe('17898444094469306957')
    // spaces and upper case in a pasted seed do not matter
    expect(await lotteryNumber(seed.toUpperCase().replace(/(.{8})/g, '$1 '), '2026P-000123')).toBe('17898444094469306957')
  })

  it('computes the commitment published before the draw', async () => {
    expect(await commitmentOf('00')).toBe('6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d')
    expect(await commitmentOf(SEED32)).toBe('4884fdaafea47c29fea7159d0daddd9c085d6200e1359e85bb81736af6b7c837')
  })

  it('reads the first eight bytes big-endian and unsigned', () => {
    expect(firstEightBytes(new Uint8Array([0, 0, 0, 0, 0, 0, 1, 2, 99]))).toBe('258')
    expect(firstEightBytes(new Uint8Array(8).fill(255))).toBe('18446744073709551615')
  })

  it('rejects seeds that are not whole bytes of hex', async () => {
    expect(isSeed('0a0B')).toBe(true)
    for (const bad of ['', 'abc', 'zz', '0x00']) expect(isSeed(bad), bad).toBe(false)
    expect(() => hexToBytes('123')).toThrow(SeedFormatError)
    await expect(lotteryNumber('g0', 'A1')).rejects.toBeInstanceOf(SeedFormatError)
  })
})
