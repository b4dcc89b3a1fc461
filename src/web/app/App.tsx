/** Providers around the router: data cache, antd theme and locale, message/modal context, session. */
import { useState } from 'react';
import { App as AntApp, ConfigProvider, theme } from 'antd';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from './api.ts';
import { AuthProvider } from './auth.tsx';
import { antdLocales } from './antd-locale.ts';
import { AppRoutes } from './router.tsx';

function newQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // A 4xx will not get better by asking again; a dropped connection might.
        retry: (count, err) =>
          count < 2 && !(err instanceof ApiError && err.status >= 400 && err.status < 500),
      },
      mutations: { retry: false },
    },
  });
}

export function App() {
  const [queryClient] = useState(newQueryClient);
  const { i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider
        locale={antdLocales[lang]}
        componentSize="middle"
        theme={{
          algorithm: theme.defaultAlgorithm,
          token: { colorPrimary: '#1677ff', borderRadius: 4, fontSize: 14 },
          components: {
            Layout: { headerHeight: 52, headerPadding: '0 16px' },
            Table: { cellPaddingBlockSM: 6 },
          },
        }}
      >
        <AntApp>
          <AuthProvider>
            <AppRoutes />
          </AuthProvider>
        </AntApp>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
