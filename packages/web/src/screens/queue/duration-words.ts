/** A span of minutes in the words a support lead reads at a glance: "45 min", "3 h 20 min", "2 d 4 h". */
export function durationWords(minutes: number): string {
  const m = Math.max(0, Math.round(minutes))
  if (m < 1) return 'under a minute'
  if (m < 60) return `${m} min`
  if (m < 48 * 60) {
    const h = Math.floor(m / 60)
    const rest = m % 60
    return rest === 0 ? `${h} h` : `${h} h ${rest} min`
  }
  const d = Math.floor(m / 1440)
  const h = Math.floor((m % 1440) / 60)
  return h === 0 ? `${d} d` : `${d} d ${h} h`
}
