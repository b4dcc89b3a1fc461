/**
 * The header's bell: my unread notifications in this project (CMP-5, CMP-6, TKT-3, REP-4,
 * REP-6, CBK-1, FEE-3, FEE-6), refreshed by ticket and billing events. Clicking one opens its
 * ticket (or the billing page) and marks it read. A FEE-3 unpaid-list reminder shows the
 * list's figures as they are now, not as they were when it was sent: a payment since then
 * lowers them at once (the billing queries refresh after every payment).
 */
import { Badge, Button, Empty, Flex, Popover, Tag, Typography, theme } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../app/auth.tsx';
import { useLabel } from '../../app/labels.ts';
import { useFormatTime } from '../../app/time.ts';
import { useUnpaid } from '../billing/api.ts';
import { useMarkRead, useUnreadNotifications } from './api.ts';
import { isUrgentNotification, notificationPath, notificationText } from './notification-text.ts';
import type { Notification } from './types.ts';

export function NotificationBell({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const fmt = useFormatTime();
  const { token } = theme.useToken();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const unread = useUnreadNotifications(projectId);
  const markRead = useMarkRead(projectId);
  const items = unread.data ?? [];

  const { me } = useAuth();
  const readsBilling =
    me?.projects.find((p) => p.projectId === projectId)?.permissions.includes('billing.read') ?? false;

  const openOne = (n: Notification) => {
    setOpen(false);
    void markRead([n.notificationId]).catch(() => {});
    navigate(notificationPath(n, projectId));
  };

  const list = (
    <Flex vertical style={{ width: 360, maxHeight: 420, overflowY: 'auto' }} data-testid="notification-list">
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} />
      ) : (
        items.slice(0, 30).map((n) => {
          const urgent = isUrgentNotification(n.kind);
          return (
            <button
              key={n.notificationId}
              type="button"
              onClick={() => openOne(n)}
              data-testid="notification"
              data-kind={n.kind}
              data-urgent={urgent ? '1' : undefined}
              // Urgent ones carry a red bar and tag, so they stand out even in a long list (REP-2).
              style={{
                all: 'unset',
                cursor: 'pointer',
                padding: '8px 4px',
                borderBottom: `1px solid ${token.colorBorderSecondary}`,
                ...(urgent && {
                  borderLeft: `3px solid ${token.colorError}`,
                  paddingLeft: 8,
                  background: token.colorErrorBg,
                }),
              }}
            >
              {urgent ? (
                <Tag color="error" bordered={false}>
                  {t('notifications.urgentTag')}
                </Tag>
              ) : null}
              <Typography.Text type={urgent ? 'danger' : undefined} strong={urgent}>
                <NotificationSentence n={n} projectId={projectId} readsBilling={readsBilling} />
              </Typography.Text>
              <br />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {fmt(n.createdAt)}
              </Typography.Text>
            </button>
          );
        })
      )}
    </Flex>
  );

  return (
    <Popover
      trigger="click"
      open={open}
      onOpenChange={setOpen}
      placement="bottomRight"
      title={
        <Flex justify="space-between" align="center">
          <span>{t('notifications.title')}</span>
          {items.length > 0 ? (
            <Button
              size="small"
              type="link"
              onClick={() => void markRead(items.map((n) => n.notificationId)).catch(() => {})}
            >
              {t('notifications.markAll')}
            </Button>
          ) : null}
        </Flex>
      }
      content={list}
    >
      <Button type="text" aria-label={t('notifications.title')} data-testid="notification-bell">
        <Badge count={items.length} size="small" overflowCount={99} data-testid="notification-count">
          <BellOutlined style={{ fontSize: 16 }} />
        </Badge>
      </Button>
    </Popover>
  );
}

const UNPAID_REMINDERS = new Set(['fee.unpaid_list', 'fee.second_notice']);

/** One notification as a sentence; an unpaid-list reminder with the list's current count and total. */
function NotificationSentence({
  n,
  projectId,
  readsBilling,
}: {
  n: Notification;
  projectId: string;
  readsBilling: boolean;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const dueDate = typeof n.params.dueDate === 'string' ? n.params.dueDate : '';
  const live = useUnpaid(projectId, dueDate, readsBilling && UNPAID_REMINDERS.has(n.kind) && dueDate !== '');
  const params = live.data
    ? { ...n.params, count: live.data.items.length, total: live.data.totalFen }
    : n.params;
  return <span data-testid="notification-text">{notificationText({ ...n, params }, t, label)}</span>;
}
