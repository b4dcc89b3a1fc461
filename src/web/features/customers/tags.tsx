/** Coloured tags for an archive's class and state, in the screen language. */
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useArchiveLabel } from './labels.ts';

const CLASS_COLOURS: Record<string, string> = {
  owner: 'blue',
  contract: 'purple',
  correspondence: 'cyan',
  rules: 'geekblue',
  internal: 'default',
};
const STATE_COLOURS: Record<string, string> = { active: 'green', sealed: 'default', transferred: 'gold' };

export function ClassTag({ value }: { value: string }) {
  const { t } = useTranslation();
  const label = useArchiveLabel();
  return <Tag color={CLASS_COLOURS[value] ?? 'default'}>{label('class', value)}</Tag>;
}

export function StateTag({ value }: { value: string }) {
  const { t } = useTranslation();
  const label = useArchiveLabel();
  return (
    <Tag color={STATE_COLOURS[value] ?? 'default'} data-testid="archive-state">
      {label('state', value)}
    </Tag>
  );
}
