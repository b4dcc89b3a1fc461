/** REL-3: a move-out checks the unit's fees up to today with the cashier's books; anything owed refuses the pass. */
import { Button, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../../app/project.tsx';
import { usePassContext, type PassDto } from '../api.ts';
import { UnitContextCard } from './UnitContextCard.tsx';
import { usePassStep } from './use-pass-step.ts';

export function ArrearsPanel({ pass }: { pass: PassDto }) {
  const { t } = useTranslation();
  const { projectId } = useProject();
  const context = usePassContext(projectId, pass.unitId);
  const step = usePassStep(pass.passId);
  return (
    <Card size="small" title={t('custody.wizard.arrearsTitle')}>
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t('custody.wizard.arrearsHelp')}</Typography.Text>
        {context.data ? <UnitContextCard context={context.data} movingOut /> : null}
        {pass.state === 'awaiting_arrears' ? (
          <Button
            type="primary"
            loading={step.busy}
            onClick={() => void step.run('arrears-check')}
            data-testid="arrears-check"
            style={{ alignSelf: 'start' }}
          >
            {t('custody.wizard.arrearsCheck')}
          </Button>
        ) : null}
      </Flex>
    </Card>
  );
}
