/**
 * Routes, built from the feature list. Pages are loaded lazily so the first load carries only
 * the shell; every project page lives under /p/:projectId so a link names the project it is
 * about. Declarative routes (no loaders) keep React Router's data layer out of the initial bundle.
 */
import { lazy, Suspense, type ReactNode } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { FullPageSpin } from '../components/FullPageSpin.tsx';
import { ErrorBoundary } from '../components/ErrorBoundary.tsx';
import { FEATURES } from '../features/index.ts';
import type { FeatureRoute, PageLoader, RouteScope } from './feature.ts';
import { RequireAuth, RequireCompanyAdmin, HomeRedirect, NotFound } from './guards.tsx';
import { Shell } from './Shell.tsx';
import { ProjectScope } from './ProjectScope.tsx';

function page(load: PageLoader, fallback: ReactNode) {
  const Page = lazy(load);
  return (
    <Suspense fallback={fallback}>
      <Page />
    </Suspense>
  );
}

function element(route: FeatureRoute): ReactNode {
  if ('redirect' in route) return <Navigate to={route.redirect} replace />;
  // Outside the frame the whole screen waits for the page; inside it, only the content area.
  const framed = route.scope === 'project' || route.scope === 'company';
  const loaded = page(route.page, framed ? <FullPageSpin height={320} /> : <FullPageSpin />);
  return route.requires === 'companyAdmin' ? <RequireCompanyAdmin>{loaded}</RequireCompanyAdmin> : loaded;
}

// Built once: a lazy page made during render would load again on every render.
const ROUTES = FEATURES.flatMap((f) => f.routes).map((route) => ({ route, element: element(route) }));

function routesOf(scope: RouteScope) {
  return ROUTES.filter((r) => r.route.scope === scope).map(({ route, element }) => (
    <Route key={route.path} path={route.path} element={element} />
  ));
}

export function AppRoutes() {
  return (
    <BrowserRouter>
      <ErrorBoundary>
        <Routes>
          {routesOf('public')}
          <Route element={<RequireAuth />}>
            <Route path="/" element={<HomeRedirect />} />
            {routesOf('account')}
            <Route element={<Shell />}>
              <Route path="/p/:projectId" element={<ProjectScope />}>
                <Route index element={<Navigate to="properties" replace />} />
                {routesOf('project')}
              </Route>
              {routesOf('company')}
              <Route path="*" element={<NotFound />} />
            </Route>
          </Route>
        </Routes>
      </ErrorBoundary>
    </BrowserRouter>
  );
}
