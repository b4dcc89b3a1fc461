/** A run's state as a coloured tag: in progress blue, done green, refused or cancelled grey/red. */
import { Tag } from 'antd';

const COLOR: Record<string, string> = {
  in_progress: 'processing',
  completed: 'success',
  not_accepted: 'error',
  rejected: 'error',
  cancelled: 'default',
};

export function StateTag({ state, label }: { state: string; label: string }) {
  return (
    <Tag color={COLOR[state] ?? 'default'} data-testid="run-state">
      {label}
    </Tag>
  );
}
