/**
 * Closed value sets of parking that live in the server's schema.ts (which pulls zod in at
 * runtime, so the UI cannot import it). Type-level checks below fail the type-check if the
 * server's lists change and these do not.
 */
import type {
  SPACE_KINDS as SERVER_SPACE_KINDS,
  CreateParkingAreaBody,
} from '../../../server/modules/properties/contract.ts';
import type { z } from '@hono/zod-openapi';

export const SPACE_KINDS = ['standard', 'large', 'accessible', 'charging'] as const;
export const AREA_KINDS = ['underground', 'surface'] as const;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const spaceKindsMatch: Same<(typeof SPACE_KINDS)[number], (typeof SERVER_SPACE_KINDS)[number]> = true;
const areaKindsMatch: Same<(typeof AREA_KINDS)[number], z.infer<typeof CreateParkingAreaBody>['kind']> = true;
void spaceKindsMatch;
void areaKindsMatch;
