/**
 * Working calendars supplied as data, for years `chinese-days` does not know yet (or to correct
 * one it does). A supplied year wins over the package and over the Monday-Friday assumption.
 *
 * To add a year when the State Council publishes it (each November, 国务院办公厅关于<year>年部分节假日安排的通知):
 * 1. write `./<year>.json` (schema: `suppliedCalendarYearSchema` in ../calendar.ts), e.g.
 *    { "year": 2027, "source": "https://www.gov.cn/zhengce/...", "holidays": ["2027-01-01", ...],
 *      "makeUpWorkdays": ["2027-..."] }
 *    `holidays` lists every day of the official holiday periods, weekend days inside them
 *    included; `makeUpWorkdays` the Saturdays and Sundays that become working days (调休上班);
 * 2. import it here and append it to the array.
 * Static JSON imports (not `fs`) keep this working in the browser bundle of the dev and demo builds.
 *
 * 2027: not published in a source we hold as of 2026-11-28, so it is served as assumed.
 */
export const suppliedCalendarYears: readonly unknown[] = []
