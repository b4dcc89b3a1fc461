/**
 * Create a staff account in this project, or edit one: name, phone and roles. A new account
 * gets an initial password that the person must change at first login.
 */
import { useEffect, useState } from 'react';
import { App, Button, Col, Form, Input, Modal, Row, Select, Space } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useStaffWrites, type RoleAssignment } from './api.ts';
import { generatePassword } from './password.ts';
import { ROLES, type Role } from './roles.ts';
import { useMyStanding } from './standing.ts';
import { CredentialsNotice } from './CredentialsNotice.tsx';
import { useEnumOptions } from '../../app/labels.ts';
import { useProject } from '../../app/project.tsx';
import { useErrorReporter } from '../../app/errors.ts';
import type { Staff } from '../../app/types.ts';

interface StaffValues {
  username: string;
  displayName: string;
  phone?: string;
  password: string;
  roles: Role[];
  /** Only with the department_head role: the department this person heads. */
  headOf?: string;
}

/** The roles as the API takes them; the department head's department travels with the role. */
function toAssignments(v: StaffValues): RoleAssignment[] {
  return v.roles.map((role) =>
    role === 'department_head' && v.headOf ? { role, department: v.headOf } : { role },
  );
}

/** Comparable form of a person's roles in the project, to skip a PUT that changes nothing. */
const rolesKey = (a: RoleAssignment[]) =>
  a
    .map((r) => `${r.role}:${r.role === 'department_head' ? (r.department ?? '') : ''}`)
    .sort()
    .join(',');

const PHONE = /^[0-9+\- ]{5,20}$/;
const USERNAME = /^[A-Za-z0-9._-]{2,64}$/;

/** `staff` null → create; a person → edit. */
export function StaffFormModal({
  projectId,
  open,
  staff,
  onClose,
}: {
  projectId: string;
  open: boolean;
  staff: Staff | null;
  onClose(): void;
}) {
  const { t, i18n } = useTranslation();
  const { details } = useProject();
  const { message, modal } = App.useApp();
  const enumOptions = useEnumOptions();
  const report = useErrorReporter();
  const writes = useStaffWrites(projectId);
  const [form] = Form.useForm<StaffValues>();
  const [busy, setBusy] = useState(false);
  const editing = staff !== null;
  // ORG-2: only roles below one's own are offered; one's own roles are a superior's to change.
  const standing = useMyStanding(projectId);
  const ownRoles = staff !== null && standing.refusalFor(staff) === 'staff.own_account';
  const roles = (Form.useWatch('roles', form) ?? []) as Role[];
  const departmentOptions = (details?.departments ?? []).map((d) => ({
    value: d.code,
    label: i18n.language === 'en' ? d.nameEn : d.nameZh,
  }));

  useEffect(() => {
    if (!open) return;
    // Errors and values of the previous opening must not show on this one.
    form.resetFields();
    if (staff) {
      const mine = staff.memberships.filter((m) => m.projectId === projectId);
      form.setFieldsValue({
        username: staff.username,
        displayName: staff.displayName,
        phone: staff.phone ?? '',
        roles: mine.map((m) => m.role as Role),
        headOf: mine.find((m) => m.role === 'department_head')?.department ?? undefined,
      });
    } else {
      form.setFieldsValue({
        username: '',
        displayName: '',
        phone: '',
        password: generatePassword(),
        roles: [],
        headOf: undefined,
      });
    }
  }, [open, staff, projectId, form]);

  const save = async (v: StaffValues) => {
    setBusy(true);
    try {
      const phone = v.phone?.trim() || undefined;
      if (!staff) {
        const created = await writes.create({
          username: v.username.trim(),
          displayName: v.displayName.trim(),
          phone,
          password: v.password,
          roles: toAssignments(v),
        });
        onClose();
        modal.success({
          title: t('staff.createdTitle'),
          width: 460,
          content: (
            <CredentialsNotice
              username={created.username}
              displayName={created.displayName}
              password={v.password}
            />
          ),
          okText: t('staff.handedOver'),
        });
        return;
      }
      const before = staff.memberships
        .filter((m) => m.projectId === projectId)
        .map((m) => ({ role: m.role as Role, department: m.department ?? undefined }));
      if (v.displayName.trim() !== staff.displayName || (phone ?? null) !== (staff.phone ?? null)) {
        await writes.update(staff.userId, { displayName: v.displayName.trim(), phone: phone ?? null });
      }
      if (rolesKey(toAssignments(v)) !== rolesKey(before))
        await writes.setRoles(staff.userId, toAssignments(v));
      message.success(t('common.saved'));
      onClose();
    } catch (err) {
      report(err, { form });
    } finally {
      setBusy(false);
    }
  };

  const required = { required: true, message: t('common.required') };
  return (
    <Modal
      open={open}
      title={staff ? t('staff.editTitle', { name: staff.displayName }) : t('staff.newTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={editing ? t('common.save') : t('common.create')}
      confirmLoading={busy}
      width={560}
      forceRender
      okButtonProps={{ 'data-testid': 'staff-submit' } as Record<string, string>}
    >
      <Form<StaffValues> form={form} name="staff" layout="vertical" onFinish={(v) => void save(v)}>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item
              name="username"
              label={t('staff.username')}
              rules={[required, { pattern: USERNAME, message: t('staff.usernameRule') }]}
              extra={editing ? undefined : t('staff.usernameRule')}
            >
              <Input disabled={editing} autoFocus={!editing} autoComplete="off" maxLength={64} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="displayName"
              label={t('staff.displayName')}
              rules={[{ ...required, whitespace: true }]}
            >
              <Input maxLength={64} autoFocus={editing} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="phone"
              label={t('staff.phone')}
              rules={[{ pattern: PHONE, message: t('staff.phoneRule') }]}
            >
              <Input maxLength={20} />
            </Form.Item>
          </Col>
          {editing ? null : (
            <Col span={12}>
              <Form.Item label={t('staff.initialPassword')} required>
                <Space.Compact style={{ width: '100%' }}>
                  <Form.Item
                    name="password"
                    noStyle
                    rules={[
                      required,
                      { pattern: /^(?=.*[A-Za-z])(?=.*\d).{8,}$/, message: t('auth.passwordRule') },
                    ]}
                  >
                    <Input style={{ fontFamily: 'monospace' }} autoComplete="off" />
                  </Form.Item>
                  <Button
                    icon={<ReloadOutlined />}
                    aria-label={t('staff.generate')}
                    title={t('staff.generate')}
                    onClick={() => form.setFieldValue('password', generatePassword())}
                  />
                </Space.Compact>
              </Form.Item>
            </Col>
          )}
          <Col span={24}>
            <Form.Item
              name="roles"
              label={t('staff.roles')}
              rules={[{ required: true, type: 'array', min: 1, message: t('staff.rolesRequired') }]}
              extra={
                ownRoles
                  ? t('staff.ownRolesHint')
                  : standing.grantable.length < ROLES.length
                    ? t('staff.grantHint')
                    : undefined
              }
            >
              <Select
                mode="multiple"
                options={enumOptions('role', ownRoles ? ROLES : standing.grantable)}
                disabled={ownRoles}
                showSearch={{ optionFilterProp: 'label' }}
                placeholder={t('staff.rolesPlaceholder')}
                data-testid="staff-roles"
              />
            </Form.Item>
          </Col>
          {roles.includes('department_head') ? (
            <Col span={12}>
              <Form.Item name="headOf" label={t('staff.headOf')} rules={[required]}>
                <Select options={departmentOptions} disabled={ownRoles} />
              </Form.Item>
            </Col>
          ) : null}
        </Row>
      </Form>
    </Modal>
  );
}
