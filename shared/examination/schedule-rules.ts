/** 'YYYY-MM-DD' + 'HH:MM' + minutes -> local start and end as 'YYYY-MM-DDTHH:MM'. */
export function slotTimes(date: string, startTime: string, durationMin: number): { startAt: string; endAt: string } {
  const start = Number(startTime.slice(0, 2)) * 60 + Number(startTime.slice(3, 5));
  const end = start + durationMin;
  const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  // Sessions end the same day (the schema refuses anything past midnight); 24:00 stays sortable.
  return { startAt: `${date}T${hhmm(start)}`, endAt: `${date}T${hhmm(end)}` };
}
