/** 公司项目 (company admin, ORG-1): every project of the company; create a new one. */
import { useState } from 'react';
import { App, Button, Card, Col, Form, Input, Modal, Row, Select, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useProjects, useProjectWrites } from './api.ts';
import { timeZoneOptions } from './time-zones.ts';
import { PROJECT_KINDS } from './kinds.ts';
import { useAuth } from '../../app/auth.tsx';
import { useEnumOptions, useLabel } from '../../app/labels.ts';
import { useErrorReporter } from '../../app/errors.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { LoadFailed } from '../../components/LoadFailed.tsx';
import type { ProjectSummary } from '../../app/types.ts';

interface NewProjectValues {
  code: string;
  name: string;
  kind: string;
  timeZone: string;
}

function CreateProjectModal({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const enumOptions = useEnumOptions();
  const report = useErrorReporter();
  const writes = useProjectWrites();
  const { refresh } = useAuth();
  const navigate = useNavigate();
  const [form] = Form.useForm<NewProjectValues>();
  const [busy, setBusy] = useState(false);

  const save = async (v: NewProjectValues) => {
    setBusy(true);
    try {
      const p = await writes.create({
        code: v.code.trim(),
        name: v.name.trim(),
        kind: v.kind,
        timeZone: v.timeZone,
      });
      // The new project must appear in the switcher, which reads /api/auth/me.
      await refresh();
      message.success(t('projects.created', { name: p.name }));
      onClose();
      navigate(`/p/${p.projectId}/settings`);
    } catch (err) {
      report(err, { form });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('projects.new')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.create')}
      confirmLoading={busy}
      destroyOnHidden
    >
      <Form<NewProjectValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ kind: 'office', timeZone: 'Asia/Shanghai' }}
        onFinish={(v) => void save(v)}
      >
        <Row gutter={12}>
          <Col span={10}>
            <Form.Item
              name="code"
              label={t('projects.code')}
              extra={t('projects.codeRule')}
              rules={[
                { required: true, message: t('common.required') },
                { pattern: /^[A-Za-z0-9_-]{1,32}$/, message: t('projects.codeRule') },
              ]}
            >
              <Input autoFocus maxLength={32} />
            </Form.Item>
          </Col>
          <Col span={14}>
            <Form.Item
              name="name"
              label={t('projects.name')}
              rules={[{ required: true, whitespace: true, message: t('common.required') }]}
            >
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="kind" label={t('projects.kind')}>
              <Select options={enumOptions('projectKind', PROJECT_KINDS)} />
            </Form.Item>
          </Col>
          <Col span={14}>
            <Form.Item name="timeZone" label={t('projects.timeZone')}>
              <Select showSearch={{ optionFilterProp: 'label' }} options={timeZoneOptions()} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}

export default function ProjectsPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const navigate = useNavigate();
  const projects = useProjects();
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageHeader
        title={t('nav.projects')}
        subtitle={projects.data ? t('projects.count', { count: projects.data.length }) : undefined}
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="new-project"
          >
            {t('projects.new')}
          </Button>
        }
      />
      {projects.isError ? (
        <LoadFailed error={projects.error} onRetry={() => void projects.refetch()} />
      ) : (
        <Card size="small" styles={{ body: { padding: 0 } }}>
          <Table<ProjectSummary>
            size="small"
            rowKey="projectId"
            loading={projects.isPending}
            dataSource={projects.data ?? []}
            pagination={false}
            columns={[
              {
                key: 'code',
                title: t('projects.code'),
                dataIndex: 'code',
                width: 140,
                render: (v: string) => <Typography.Text strong>{v}</Typography.Text>,
              },
              { key: 'name', title: t('projects.name'), dataIndex: 'name' },
              {
                key: 'kind',
                title: t('projects.kind'),
                dataIndex: 'kind',
                width: 140,
                render: (v: string) => label('projectKind', v),
              },
              {
                key: 'open',
                title: t('common.actions'),
                width: 220,
                render: (_: unknown, p: ProjectSummary) => (
                  <>
                    <Button type="link" size="small" onClick={() => navigate(`/p/${p.projectId}/properties`)}>
                      {t('projects.open')}
                    </Button>
                    <Button type="link" size="small" onClick={() => navigate(`/p/${p.projectId}/settings`)}>
                      {t('nav.settings')}
                    </Button>
                  </>
                ),
              },
            ]}
          />
        </Card>
      )}
      <CreateProjectModal open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
