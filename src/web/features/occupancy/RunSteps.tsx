/** The checklist's steps as the server reports them: done, the one in hand, the ones to come. */
import { Steps } from 'antd';
import type { StepStatus } from '../../../server/modules/occupancy/contract.ts';

export function RunSteps({
  steps,
  label,
  ended,
  testId,
}: {
  steps: { step: string; status: StepStatus }[];
  label(step: string): string;
  ended: boolean;
  testId: string;
}) {
  const current = steps.findIndex((s) => s.status === 'current');
  // A refused or cancelled run shows where it stopped.
  const stopped = ended ? steps.findIndex((s) => s.status === 'todo') : -1;
  return (
    <Steps
      size="small"
      current={current < 0 ? steps.filter((s) => s.status === 'done').length : current}
      data-testid={testId}
      items={steps.map((s, i) => ({
        title: label(s.step),
        status:
          s.status === 'done'
            ? 'finish'
            : s.status === 'current'
              ? 'process'
              : i === stopped
                ? 'error'
                : 'wait',
      }))}
      style={{ marginBottom: 16 }}
    />
  );
}
