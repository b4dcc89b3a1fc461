/**
 * What a web feature shows the application: its pages, its menu entries and its screen
 * text. src/web/features/index.ts lists the features; the router, the menu and the
 * catalogue loop over that list, so adding a feature is one line there and nothing else
 * central (the web side of the server's module manifest).
 */
import type { ComponentType } from 'react';
import type { Permission } from '../../server/platform/access/roles.ts';
import type { Messages, TextKey } from '../i18n/messages.ts';

/**
 * Where a page sits: `public` needs no session (the login), `account` a session but no
 * project and no menu (changing one's password), `project` is inside the frame under
 * /p/:projectId, `company` inside the frame but about no project.
 */
export type RouteScope = 'public' | 'account' | 'project' | 'company';

/** A page loaded on its first visit, so the first load carries only the frame. */
export type PageLoader = () => Promise<{ default: ComponentType }>;

export type FeatureRoute = {
  scope: RouteScope;
  /** Relative to /p/:projectId for project pages; absolute otherwise. */
  path: string;
  /**
   * Who may open it. Project pages name none: the server refuses each call the user may
   * not make and the page shows that, while the menu hides what the user cannot use.
   */
  requires?: 'companyAdmin';
} & ({ page: PageLoader } | { redirect: string });

export type MenuEntry<Z> = {
  /** `project` entries link under /p/:projectId; `company` entries follow a divider and only company admins see them. */
  scope: 'project' | 'company';
  path: string;
  /** A text of the feature's own catalogue. */
  label: TextKey<Z>;
  icon: ComponentType;
  /** Position in the menu, ascending across all features. */
  order: number;
  /** Shown to whoever holds any of these in the current project; left out, to everyone in it. */
  anyOf?: readonly Permission[];
};

export interface WebFeature<Z = object> {
  /** Its folder name under src/web/features. */
  name: string;
  routes: readonly FeatureRoute[];
  menu?: readonly MenuEntry<Z>[];
  /** Its screen text, merged into the one catalogue at start (keys are unique across features). */
  messages: { zh: Z; en: Messages<Z> };
}

/** Checks a feature against the shape while keeping its catalogue's type for the merged one. */
export function defineFeature<Z extends object>(feature: WebFeature<Z>): WebFeature<Z> {
  return feature;
}
