/** The title row of a page: heading, optional subtitle, actions on the right; sets the tab title. */
import type { ReactNode } from 'react';
import { Flex, Typography } from 'antd';
import { usePageTitle } from '../app/page-title.ts';

export function PageHeader({
  title,
  subtitle,
  extra,
}: {
  title: string;
  subtitle?: ReactNode;
  extra?: ReactNode;
}) {
  usePageTitle(title);
  return (
    <Flex align="center" justify="space-between" gap={12} wrap style={{ marginBottom: 12 }}>
      <Flex align="baseline" gap={12} style={{ minWidth: 0 }}>
        <Typography.Title level={4} style={{ margin: 0, whiteSpace: 'nowrap' }}>
          {title}
        </Typography.Title>
        {subtitle ? <Typography.Text type="secondary">{subtitle}</Typography.Text> : null}
      </Flex>
      {extra ? (
        <Flex gap={8} wrap>
          {extra}
        </Flex>
      ) : null}
    </Flex>
  );
}
