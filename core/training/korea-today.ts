/** Today in Korea ('2024-09-02'), whatever the PC's time zone: when a class has ended, which sessions were held. */
export function koreaToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 9 * 3600_000).toISOString().slice(0, 10);
}
