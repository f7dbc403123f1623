/** Whether YYYY-MM-DD names a day of the calendar (2022-02-30 does not). */
export const isCalendarDate = (date: string): boolean => {
  const time = Date.parse(`${date}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/u.test(date) && !Number.isNaN(time) && new Date(time).toISOString().startsWith(date);
};
