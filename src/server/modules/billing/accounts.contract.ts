/** Who pays for a unit (billing accounts, MVI-2/HND-3) over HTTP. Pure: the browser imports it. */
import { z } from '@hono/zod-openapi';

export const Account = z
  .object({
    accountId: z.string(),
    unitId: z.string(),
    customerId: z.string(),
    startDay: z.string(),
    endDay: z.string().nullable(),
  })
  .openapi('BillingAccount');
export type AccountDto = z.infer<typeof Account>;

export const AccountRowSchema = Account.extend({ unitCode: z.string(), customerName: z.string() }).openapi(
  'BillingAccountRow',
);
export type AccountRow = z.infer<typeof AccountRowSchema>;
export const AccountList = z.array(AccountRowSchema).openapi('BillingAccountList');

export const AccountsQuery = z.strictObject({ unitId: z.uuid().optional(), customerId: z.uuid().optional() });
