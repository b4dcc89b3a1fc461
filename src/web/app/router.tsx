/**
 * Routes. Pages are loaded lazily so the first load carries only the shell; every project
 * page lives under /p/:projectId so a link names the project it is about. Declarative
 * routes (no loaders) keep React Router's data layer out of the initial bundle.
 */
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { FullPageSpin } from '../components/FullPageSpin.tsx';
import { ErrorBoundary } from '../components/ErrorBoundary.tsx';
import { RequireAuth, RequireCompanyAdmin, HomeRedirect, NotFound } from './guards.tsx';
import { Shell } from './Shell.tsx';
import { ProjectScope } from './ProjectScope.tsx';

function page(load: () => Promise<{ default: ComponentType }>, fallback: ReactNode = <FullPageSpin height={320} />) {
  const Page = lazy(load);
  return (
    <Suspense fallback={fallback}>
      <Page />
    </Suspense>
  );
}

const LoginPage = page(() => import('../features/auth/LoginPage.tsx'), <FullPageSpin />);
const ChangePasswordPage = page(() => import('../features/auth/ChangePasswordPage.tsx'), <FullPageSpin />);
const DeskPage = page(() => import('../features/desk/DeskPage.tsx'));
const QueuePage = page(() => import('../features/tickets/QueuePage.tsx'));
const TicketPage = page(() => import('../features/tickets/TicketPage.tsx'));
const PropertiesPage = page(() => import('../features/properties/PropertiesPage.tsx'));
const ParkingPage = page(() => import('../features/properties/ParkingPage.tsx'));
const ParkingRentalsPage = page(() => import('../features/parking/ParkingRentalsPage.tsx'));
const BillingPage = page(() => import('../features/billing/BillingPage.tsx'));
const OccupancyPage = page(() => import('../features/occupancy/OccupancyPage.tsx'));
const ArchivesPage = page(() => import('../features/customers/ArchivesPage.tsx'));
const MoveOutPage = page(() => import('../features/moveout/MoveOutPage.tsx'));
const CustodyPage = page(() => import('../features/custody/CustodyPage.tsx'));
const GatePage = page(() => import('../features/custody/gate/GatePage.tsx'));
const StaffPage = page(() => import('../features/staff/StaffPage.tsx'));
const WeeklyReportPage = page(() => import('../features/reports/WeeklyReportPage.tsx'));
const SettingsPage = page(() => import('../features/projects/SettingsPage.tsx'));
const ProjectsPage = page(() => import('../features/projects/ProjectsPage.tsx'));

export function AppRoutes() {
  return (
    <BrowserRouter>
      <ErrorBoundary>
        <Routes>
          <Route path="/login" element={LoginPage} />
          <Route element={<RequireAuth />}>
            <Route path="/" element={<HomeRedirect />} />
            <Route path="/change-password" element={ChangePasswordPage} />
            <Route element={<Shell />}>
              <Route path="/p/:projectId" element={<ProjectScope />}>
                <Route index element={<Navigate to="properties" replace />} />
                <Route path="desk" element={DeskPage} />
                <Route path="tickets" element={QueuePage} />
                <Route path="tickets/:ticketId" element={TicketPage} />
                <Route path="properties" element={PropertiesPage} />
                <Route path="parking" element={ParkingPage} />
                <Route path="parking/rentals" element={ParkingRentalsPage} />
                <Route path="billing" element={BillingPage} />
                <Route path="archives" element={ArchivesPage} />
                <Route path="occupancy" element={OccupancyPage} />
                <Route path="moveout" element={MoveOutPage} />
                <Route path="custody" element={CustodyPage} />
                <Route path="gate" element={GatePage} />
                <Route path="staff" element={StaffPage} />
                <Route path="reports" element={<Navigate to="weekly" replace />} />
                <Route path="reports/weekly" element={WeeklyReportPage} />
                <Route path="settings" element={SettingsPage} />
              </Route>
              <Route path="/admin/projects" element={<RequireCompanyAdmin>{ProjectsPage}</RequireCompanyAdmin>} />
              <Route path="*" element={<NotFound />} />
            </Route>
          </Route>
        </Routes>
      </ErrorBoundary>
    </BrowserRouter>
  );
}
