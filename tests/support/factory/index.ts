/**
 * The one test factory (issue #10). Every `createTest…` makes its thing through the real
 * module function with defaults for what the test does not care about, and takes an
 * overrides object for what it does; lookups (`unitByCode`, `customerNamed` …) find the demo
 * company's data. createTestApp sets the clock before each test, so tests do not depend on
 * each other's instant.
 * Pure tests (no database) may import one part, e.g. calendars.ts, so as not to load the server.
 */
export { createTestApp, loginAs, type TestAppOptions } from './app.ts';
export { Client, TEST_START, type Res, type TestContext } from '../harness.ts';
export { campusUnitId, createTestProject, createTestUnit, unitByCode, unitIdOf } from './places.ts';
export {
  createTestCustomer,
  customerNamed,
  customerOfUnit,
  joinProject,
  testPhone,
  userIdOf,
  type TestCustomer,
  type UnitRelation,
} from './people.ts';
export { createTestTicket, customerByPhone, detail, notificationsOf, step, ticketsUrl } from './tickets.ts';
export { ADJUSTER, CASHIER, createTestBill, nextReceipt, payAll } from './billing.ts';
export { PNG, PNG_URL, padSignature, uploadScan } from './documents.ts';
export { importOwners, rosterUnits } from './archive.ts';
export { countRows, historyActions, type CountedTable } from './rows.ts';
export { at, CN_2026, createTestCalendar, FRONT_DESK_HOURS } from './calendars.ts';
