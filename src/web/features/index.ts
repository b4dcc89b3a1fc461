/**
 * The one list of web features. The router, the menu and the screen catalogue loop over it:
 * adding a feature is its folder plus one line here.
 */
import { auth } from './auth/index.ts';
import { desk } from './desk/index.ts';
import { tickets } from './tickets/index.ts';
import { properties } from './properties/index.ts';
import { parking } from './parking/index.ts';
import { billing } from './billing/index.ts';
import { customers } from './customers/index.ts';
import { occupancy } from './occupancy/index.ts';
import { moveout } from './moveout/index.ts';
import { custody } from './custody/index.ts';
import { reports } from './reports/index.ts';
import { staff } from './staff/index.ts';
import { projects } from './projects/index.ts';

export const FEATURES = [
  auth,
  desk,
  tickets,
  properties,
  parking,
  billing,
  customers,
  occupancy,
  moveout,
  custody,
  reports,
  staff,
  projects,
] as const;
