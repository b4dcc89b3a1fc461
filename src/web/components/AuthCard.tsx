/** The centred card of the login and password pages, with the language switch in its corner. */
import type { ReactNode } from 'react';
import { Card, Flex, Typography } from 'antd';
import { BrandMark } from './BrandMark.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';

export function AuthCard({
  title,
  loggedIn,
  children,
}: {
  title: string;
  loggedIn: boolean;
  children: ReactNode;
}) {
  return (
    <Flex
      vertical
      align="center"
      justify="center"
      style={{
        minHeight: '100vh',
        padding: 16,
        background: 'linear-gradient(160deg, #001529 0%, #0b3b7a 55%, #f5f6f8 55%)',
      }}
    >
      <div style={{ marginBottom: 16 }}>
        <BrandMark collapsed={false} />
      </div>
      <Card style={{ width: 380, maxWidth: '100%', boxShadow: '0 6px 24px rgba(0,0,0,0.12)' }}>
        <Flex align="center" justify="space-between" style={{ marginBottom: 16 }}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {title}
          </Typography.Title>
          <LanguageSwitch variant="segmented" loggedIn={loggedIn} />
        </Flex>
        {children}
      </Card>
    </Flex>
  );
}
