/**
 * The project picker in the header. A dropdown menu rather than a Select keeps the select
 * machinery out of the first download; the list scrolls when a company has many projects.
 */
import { Button, Dropdown, Typography } from 'antd';
import { DownOutlined, ProjectOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { MeProject } from '../app/types.ts';

export function ProjectSwitcher({
  projects,
  current,
  onChange,
}: {
  projects: MeProject[];
  current: MeProject | undefined;
  onChange(projectId: string): void;
}) {
  const { t } = useTranslation();
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        selectable: true,
        selectedKeys: current ? [current.projectId] : [],
        items: projects.map((p) => ({
          key: p.projectId,
          label: (
            <span>
              {p.name} <Typography.Text type="secondary">{p.code}</Typography.Text>
            </span>
          ),
        })),
        onClick: ({ key }) => onChange(key),
        style: { maxHeight: 420, overflowY: 'auto' },
      }}
    >
      <Button aria-label={t('shell.project')} data-testid="project-switcher" style={{ maxWidth: 320 }}>
        <ProjectOutlined />
        <Typography.Text ellipsis style={{ maxWidth: 240 }}>
          {current ? current.name : t('shell.chooseProject')}
        </Typography.Text>
        {current ? <Typography.Text type="secondary">{current.code}</Typography.Text> : null}
        <DownOutlined style={{ fontSize: 10 }} />
      </Button>
    </Dropdown>
  );
}
