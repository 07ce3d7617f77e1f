const DAY = 86_400_000;

/** Days from today (UTC) until a certificate's last day; negative once expired, null when unlimited. */
export function daysLeft(validTo: string | null, today = new Date()): number | null {
  if (!validTo) return null;
  return Math.round((Date.parse(validTo) - Date.parse(today.toISOString().slice(0, 10))) / DAY);
}
