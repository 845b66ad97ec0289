/**
 * Marks the words of a search in a result's text (name, tags, description). The server ranks with
 * the smartcn analyzer; the console only needs a good-enough echo: whole terms first, and for a
 * Chinese term that does not occur as a whole, its two-character pieces (物理所礼堂 → 物理, 礼堂 …).
 */
export interface Segment {
  text: string
  hit: boolean
}

const CJK = /[\u3400-\u9fff]/

export function searchTerms(q: string): string[] {
  return [
    ...new Set(
      q
        .split(/[\s,，、;；]+/)
        .map((t) => t.trim())
        .filter((t) => t.length > 0),
    ),
  ]
}

function piecesFor(term: string, text: string): string[] {
  const lower = text.toLowerCase()
  if (lower.includes(term.toLowerCase())) return [term]
  if (!CJK.test(term) || term.length < 3) return []
  const out: string[] = []
  for (let i = 0; i + 2 <= term.length; i++) {
    const bigram = term.slice(i, i + 2)
    if (CJK.test(bigram) && lower.includes(bigram)) out.push(bigram)
  }
  return out
}

/** Splits `text` into marked and unmarked runs; overlapping matches merge. */
export function highlight(text: string, q: string): Segment[] {
  if (!text) return []
  const terms = searchTerms(q).flatMap((t) => piecesFor(t, text))
  if (terms.length === 0) return [{ text, hit: false }]
  const marks = new Array<boolean>(text.length).fill(false)
  const lower = text.toLowerCase()
  for (const term of terms) {
    const needle = term.toLowerCase()
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
      for (let i = at; i < at + needle.length; i++) marks[i] = true
    }
  }
  const segments: Segment[] = []
  for (let i = 0; i < text.length; i++) {
    const last = segments[segments.length - 1]
    if (last && last.hit === marks[i]) last.text += text[i]
    else segments.push({ text: text[i]!, hit: marks[i]! })
  }
  return segments
}

export function matches(text: string, q: string): boolean {
  return highlight(text, q).some((s) => s.hit)
}
