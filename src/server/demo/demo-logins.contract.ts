/** The HTTP shape of a demo login (demo-logins.ts): pure zod, the login page imports it. */
import { z } from '@hono/zod-openapi';

export const DemoLoginSchema = z
  .object({
    username: z.string(),
    displayName: z.string(),
    /** Role codes (translated by the UI); empty for the company admin. */
    roles: z.array(z.string()),
    isCompanyAdmin: z.boolean(),
    /** The code of the project the login works in; '*' for the company admin. */
    project: z.string(),
    password: z.string(),
  })
  .openapi('DemoLogin');
export type DemoLoginView = z.infer<typeof DemoLoginSchema>;
