/** 员工 — the project's staff with their roles; managers create accounts, change roles, disable, reset passwords. */
import { useState, type ReactNode } from 'react';
import { App, Badge, Button, Card, Input, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import {
  EditOutlined,
  KeyOutlined,
  PlusOutlined,
  StopOutlined,
  CheckCircleOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useStaff, useStaffWrites } from './api.ts';
import { ROLES, ROLE_DEPARTMENT } from './roles.ts';
import { StaffFormModal } from './StaffFormModal.tsx';
import { ResetPasswordModal } from './ResetPasswordModal.tsx';
import { useMyStanding } from './standing.ts';
import { useProject } from '../../app/project.tsx';
import { useEnumOptions, useLabel } from '../../app/labels.ts';
import { useErrorReporter } from '../../app/errors.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { LoadFailed } from '../../components/LoadFailed.tsx';
import type { Staff } from '../../app/types.ts';

export default function StaffPage() {
  const { t, i18n } = useTranslation();
  const label = useLabel();
  const enumOptions = useEnumOptions();
  const { message, modal } = App.useApp();
  const report = useErrorReporter();
  const { projectId, can, details } = useProject();
  const staff = useStaff(projectId);
  const writes = useStaffWrites(projectId);
  const [search, setSearch] = useState('');
  const [roleFilter, setRoleFilter] = useState<string | null>(null);
  const [formFor, setFormFor] = useState<{ staff: Staff | null } | null>(null);
  const [resetFor, setResetFor] = useState<Staff | null>(null);
  const canManage = can('staff.manage');
  const standing = useMyStanding(projectId);

  const departmentName = (code: string | null) => {
    if (!code) return '';
    const d = details?.departments.find((x) => x.code === code);
    return d ? (i18n.language === 'en' ? d.nameEn : d.nameZh) : code;
  };

  const q = search.trim().toLowerCase();
  const rows = (staff.data ?? []).filter(
    (s) =>
      (!q ||
        s.username.toLowerCase().includes(q) ||
        s.displayName.toLowerCase().includes(q) ||
        (s.phone ?? '').includes(q)) &&
      (!roleFilter || s.memberships.some((m) => m.role === roleFilter)),
  );

  const setActive = (s: Staff, active: boolean) => {
    modal.confirm({
      title: active
        ? t('staff.enableConfirm', { name: s.displayName })
        : t('staff.disableConfirm', { name: s.displayName }),
      content: active ? undefined : t('staff.disableHint'),
      okButtonProps: { danger: !active },
      okText: active ? t('staff.enable') : t('staff.disable'),
      onOk: async () => {
        try {
          await writes.update(s.userId, { active });
          message.success(t('common.saved'));
        } catch (err) {
          report(err);
        }
      },
    });
  };

  return (
    <>
      <PageHeader
        title={t('nav.staff')}
        subtitle={staff.data ? t('staff.count', { count: staff.data.length }) : undefined}
        extra={
          <>
            <Input.Search
              allowClear
              placeholder={t('staff.search')}
              style={{ width: 240 }}
              onChange={(e) => setSearch(e.target.value)}
            />
            <Select
              allowClear
              placeholder={t('staff.filterRole')}
              style={{ width: 170 }}
              options={enumOptions('role', ROLES)}
              value={roleFilter}
              onChange={(v) => setRoleFilter(v ?? null)}
            />
            {canManage ? (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setFormFor({ staff: null })}
                data-testid="new-staff"
              >
                {t('staff.new')}
              </Button>
            ) : null}
          </>
        }
      />
      {staff.isError ? (
        <LoadFailed error={staff.error} onRetry={() => void staff.refetch()} />
      ) : (
        <Card size="small" styles={{ body: { padding: 0 } }}>
          <Table<Staff>
            size="small"
            rowKey="userId"
            loading={staff.isPending}
            dataSource={rows}
            pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
            data-testid="staff-table"
            columns={[
              {
                key: 'username',
                title: t('staff.username'),
                dataIndex: 'username',
                width: 150,
                render: (v: string) => <Typography.Text strong>{v}</Typography.Text>,
              },
              { key: 'displayName', title: t('staff.displayName'), dataIndex: 'displayName', width: 180 },
              {
                key: 'phone',
                title: t('staff.phone'),
                dataIndex: 'phone',
                width: 140,
                render: (v: string | null) => v ?? '—',
              },
              {
                key: 'roles',
                title: t('staff.rolesWithDepartment'),
                render: (_: unknown, s: Staff) => (
                  <Space size={[4, 4]} wrap>
                    {s.memberships
                      .filter((m) => m.projectId === projectId)
                      .map((m) => {
                        const dept = departmentName(
                          m.department ?? ROLE_DEPARTMENT[m.role as keyof typeof ROLE_DEPARTMENT] ?? null,
                        );
                        return (
                          <Tag key={m.role} color="blue" style={{ marginInlineEnd: 0 }}>
                            {label('role', m.role)}
                            {dept ? <span style={{ opacity: 0.7 }}> · {dept}</span> : null}
                          </Tag>
                        );
                      })}
                  </Space>
                ),
              },
              {
                key: 'active',
                title: t('staff.state'),
                width: 100,
                render: (_: unknown, s: Staff) => (
                  <Badge
                    status={s.active ? 'success' : 'default'}
                    text={s.active ? t('staff.active') : t('staff.inactive')}
                  />
                ),
              },
              {
                key: 'mcp',
                title: t('staff.password'),
                width: 110,
                render: (_: unknown, s: Staff) =>
                  s.mustChangePassword ? (
                    <Tooltip title={t('staff.mustChangeHint')}>
                      <Tag color="warning">{t('staff.mustChange')}</Tag>
                    </Tooltip>
                  ) : (
                    <Typography.Text type="secondary">{t('staff.passwordSet')}</Typography.Text>
                  ),
              },
              ...(canManage
                ? [
                    {
                      key: 'actions',
                      title: t('common.actions'),
                      width: 220,
                      render: (_: unknown, s: Staff) => {
                        // ORG-2: one's own account and anyone at or above one's rank are a superior's to manage.
                        const refusal = standing.refusalFor(s);
                        const hint =
                          refusal === 'staff.own_account'
                            ? t('staff.ownAccountHint')
                            : refusal
                              ? t('staff.outranksHint')
                              : undefined;
                        // A disabled button says why on hover (antd needs the wrapper for that).
                        const guarded = (blocked: boolean, button: ReactNode) =>
                          blocked ? (
                            <Tooltip title={hint}>
                              <span>{button}</span>
                            </Tooltip>
                          ) : (
                            button
                          );
                        return (
                          <Space size={0}>
                            {guarded(
                              refusal === 'staff.rank_target',
                              <Button
                                type="link"
                                size="small"
                                icon={<EditOutlined />}
                                onClick={() => setFormFor({ staff: s })}
                                disabled={refusal === 'staff.rank_target'}
                                data-testid="staff-edit"
                              >
                                {t('common.edit')}
                              </Button>,
                            )}
                            {guarded(
                              refusal !== null,
                              <Button
                                type="link"
                                size="small"
                                icon={<KeyOutlined />}
                                onClick={() => setResetFor(s)}
                                disabled={refusal !== null}
                                data-testid="staff-reset"
                              >
                                {t('staff.reset')}
                              </Button>,
                            )}
                            {s.active
                              ? guarded(
                                  refusal !== null,
                                  <Button
                                    type="link"
                                    size="small"
                                    danger
                                    icon={<StopOutlined />}
                                    onClick={() => setActive(s, false)}
                                    disabled={refusal !== null}
                                    data-testid="staff-disable"
                                  >
                                    {t('staff.disable')}
                                  </Button>,
                                )
                              : guarded(
                                  refusal !== null,
                                  <Button
                                    type="link"
                                    size="small"
                                    icon={<CheckCircleOutlined />}
                                    onClick={() => setActive(s, true)}
                                    disabled={refusal !== null}
                                  >
                                    {t('staff.enable')}
                                  </Button>,
                                )}
                          </Space>
                        );
                      },
                    },
                  ]
                : []),
            ]}
          />
        </Card>
      )}
      {canManage ? (
        <>
          <StaffFormModal
            projectId={projectId}
            open={formFor !== null}
            staff={formFor?.staff ?? null}
            onClose={() => setFormFor(null)}
          />
          <ResetPasswordModal projectId={projectId} staff={resetFor} onClose={() => setResetFor(null)} />
        </>
      ) : null}
    </>
  );
}
