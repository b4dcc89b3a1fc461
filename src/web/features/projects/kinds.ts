/**
 * Project kinds; the list lives in the server's contract.ts (zod at runtime), so it is
 * repeated here with a type-level check that fails if the two drift apart.
 */
import type { ProjectKind } from '../../../server/modules/projects/contract.ts';
import type { z } from '@hono/zod-openapi';

export const PROJECT_KINDS = ['office', 'residential', 'apartment', 'mixed'] as const;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const kindsMatch: Same<(typeof PROJECT_KINDS)[number], z.infer<typeof ProjectKind>> = true;
void kindsMatch;
