/**
 * Forwarding's two choices (TKT-3, ORG-3): the responsible department, then optionally a
 * person in it with how much open work they have — left empty, the server hands it out in
 * turn. Used by the ticket's forward dialog and the front desk's quick forward.
 */
import { Form, Select } from 'antd';
import type { FormInstance, SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDepartmentOptions } from '../../app/departments.ts';
import { useProject } from '../../app/project.tsx';
import { useDepartmentMembers } from './api.ts';

export interface DepartmentPersonValues {
  department?: string;
  assigneeId?: string;
}

/** A Select of the department's people; Form.Item hands it value and onChange. */
export function PersonSelect({
  department,
  testId,
  ...rest
}: { department: string | undefined; testId?: string } & Omit<SelectProps<string>, 'options'>) {
  const { t } = useTranslation();
  const { projectId } = useProject();
  const members = useDepartmentMembers(projectId, department);
  return (
    <Select<string>
      {...rest}
      allowClear
      loading={members.isFetching}
      placeholder={t('desk.autoAssign')}
      options={(members.data ?? []).map((m) => ({
        value: m.userId,
        label: `${m.name} · ${t('desk.openCount', { count: m.openTickets })}`,
      }))}
      showSearch={{ optionFilterProp: 'label' }}
      data-testid={testId ?? 'forward-person'}
    />
  );
}

/** The two Form.Items; the surrounding form owns `department` and `assigneeId`. */
export function DepartmentPersonFields({
  form,
  layout = 'vertical',
}: {
  form: FormInstance;
  layout?: 'vertical' | 'inline';
}) {
  const { t } = useTranslation();
  const departmentOptions = useDepartmentOptions();
  const department = Form.useWatch('department', form) as string | undefined;
  const inline = layout === 'inline';
  return (
    <>
      <Form.Item
        name="department"
        label={t('desk.forwardTo')}
        rules={[{ required: true, message: t('common.required') }]}
        style={inline ? { minWidth: 160 } : undefined}
      >
        <Select
          options={departmentOptions}
          data-testid="forward-department"
          onChange={() => form.setFieldValue('assigneeId', undefined)}
        />
      </Form.Item>
      <Form.Item name="assigneeId" label={t('desk.person')} style={inline ? { minWidth: 240 } : undefined}>
        <PersonSelect department={department} />
      </Form.Item>
    </>
  );
}
