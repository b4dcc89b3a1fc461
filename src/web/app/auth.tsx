/**
 * Who is logged in. GET /api/auth/me is the single source: its answer carries the user,
 * the projects they may open with their permissions, and the CSRF token for unsafe requests.
 */
import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  ApiError,
  get,
  post,
  setCsrfToken,
  setPasswordChangeRequiredHandler,
  setUnauthenticatedHandler,
} from './api.ts';
import { hasChosenLang, currentLang, switchLang } from './i18n.ts';
import type { Me } from './types.ts';

export const ME_KEY = ['me'] as const;

async function fetchMe(): Promise<Me | null> {
  try {
    return await get<Me>('/api/auth/me');
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) return null;
    throw err;
  }
}

export interface AuthValue {
  me: Me | null;
  /** True until the first answer of /api/auth/me. */
  loading: boolean;
  /** Set when /api/auth/me failed for another reason than "not logged in" (server down). */
  error: Error | null;
  login(username: string, password: string): Promise<Me>;
  logout(): Promise<void>;
  /** Re-reads /api/auth/me, e.g. after a password change or a new project. */
  refresh(): Promise<void>;
}

const AuthContext = createContext<AuthValue | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const qc = useQueryClient();
  const query = useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: 5 * 60_000, retry: 1 });
  const me = query.data ?? null;

  useEffect(() => {
    if (me) setCsrfToken(me.csrfToken);
  }, [me]);

  useEffect(() => {
    // The session ended under us (expired, password changed elsewhere): drop everything
    // cached and let the route guard send the user to the login page.
    setUnauthenticatedHandler(() => {
      qc.setQueryData(ME_KEY, null);
      qc.removeQueries({ predicate: (q) => q.queryKey[0] !== ME_KEY[0] });
    });
    // The password must be changed first: the fresh answer of /api/auth/me says so, and the
    // route guard then shows the change-password form.
    setPasswordChangeRequiredHandler(() => void qc.invalidateQueries({ queryKey: ME_KEY }));
  }, [qc]);

  const value = useMemo<AuthValue>(
    () => ({
      me,
      loading: query.isPending,
      error: query.isError && !me ? query.error : null,
      async login(username, password) {
        const next = await post<Me>('/api/auth/login', { username, password });
        setCsrfToken(next.csrfToken);
        // The account's language applies unless this device has an explicit choice.
        const accountLang = next.user.locale === 'en' ? 'en' : 'zh-CN';
        if (!hasChosenLang() && accountLang !== currentLang()) await switchLang(accountLang);
        qc.removeQueries({ predicate: (q) => q.queryKey[0] !== ME_KEY[0] });
        qc.setQueryData(ME_KEY, next);
        return next;
      },
      async logout() {
        try {
          await post('/api/auth/logout');
        } finally {
          setCsrfToken('');
          qc.setQueryData(ME_KEY, null);
          qc.removeQueries({ predicate: (q) => q.queryKey[0] !== ME_KEY[0] });
        }
      },
      async refresh() {
        await qc.invalidateQueries({ queryKey: ME_KEY });
      },
    }),
    [me, query.isPending, query.isError, query.error, qc],
  );

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthValue {
  const v = useContext(AuthContext);
  if (!v) throw new Error('useAuth outside AuthProvider');
  return v;
}
