/**
 * Accepts only same-site paths for `?redirect=` so a crafted link cannot send a user elsewhere
 * after login.
 */
export function safeRedirect(value: unknown, fallback = '/'): string {
  const raw = Array.isArray(value) ? value[0] : value
  if (typeof raw !== 'string' || raw === '') return fallback
  if (!raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return fallback
  if (raw.startsWith('/login')) return fallback
  return raw
}
