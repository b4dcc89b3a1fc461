/** The HTTP shape of the logged-in user (me.ts `describeMe`): pure zod, the web imports it. */
import { z } from '@hono/zod-openapi';

export const MeSchema = z
  .object({
    user: z.object({
      userId: z.string(),
      username: z.string(),
      displayName: z.string(),
      isCompanyAdmin: z.boolean(),
      locale: z.string(),
      mustChangePassword: z.boolean(),
    }),
    projects: z.array(
      z.object({
        projectId: z.string(),
        code: z.string(),
        name: z.string(),
        roles: z.array(z.string()),
        permissions: z.array(z.string()),
      }),
    ),
    csrfToken: z.string(),
  })
  .openapi('Me');
export type Me = z.infer<typeof MeSchema>;
