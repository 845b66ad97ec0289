/**
 * The published lottery definition (README "Lottery"), computed in the browser so a parent can check
 * their own number without trusting the server:
 *
 *   number(seed, applicationNumber) = first 8 bytes, big-endian, unsigned, of SHA-256(seed bytes ‖ UTF-8(applicationNumber))
 *   commitment(seed)                = SHA-256(seed bytes)
 *
 * The seed is written in hexadecimal.
 */

export class SeedFormatError extends Error {
  constructor() {
    super('seed must be an even number of hexadecimal digits')
    this.name = 'SeedFormatError'
  }
}

/** Hexadecimal text (spaces allowed, any case) to bytes; throws SeedFormatError on anything else. */
export function hexToBytes(hex: string): Uint8Array {
  const clean = hex.replace(/\s+/g, '').toLowerCase()
  if (clean.length === 0 || clean.length % 2 !== 0 || !/^[0-9a-f]+$/.test(clean)) throw new SeedFormatError()
  const out = new Uint8Array(clean.length / 2)
  for (let i = 0; i < out.length; i++) out[i] = parseInt(clean.slice(i * 2, i * 2 + 2), 16)
  return out
}

export function bytesToHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}

export function isSeed(hex: string): boolean {
  try {
    hexToBytes(hex)
    return true
  } catch {
    return false
  }
}

async function sha256(data: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', data as BufferSource))
}

/** The first 8 bytes as an unsigned big-endian integer, in decimal (exceeds Number's exact range). */
export function firstEightBytes(digest: Uint8Array): string {
  let n = 0n
  for (let i = 0; i < 8; i++) n = (n << 8n) | BigInt(digest[i]!)
  return n.toString()
}

export async function lotteryNumber(seedHex: string, applicationNumber: string): Promise<string> {
  const seed = hexToBytes(seedHex)
  const id = new TextEncoder().encode(applicationNumber)
  const data = new Uint8Array(seed.length + id.length)
  data.set(seed, 0)
  data.set(id, seed.length)
  return firstEightBytes(await sha256(data))
}

export async function commitmentOf(seedHex: string): Promise<string> {
  return bytesToHex(await sha256(hexToBytes(seedHex)))
}
