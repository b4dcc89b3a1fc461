/**
 * REP-5: the engineer reports a repair done. REP-3: the server refuses while urgency or the
 * charge (warranty, paid at an agreed price, not a repair) is undecided, so the dialog says
 * what is missing before anyone types the work done — and offers the classification to
 * whoever may make it (the desk), or tells the engineer who decides it.
 */
import { Alert, Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../../app/labels.ts';
import { useProject } from '../../../app/project.tsx';
import { undecidedBeforeCompletion } from '../../../../server/modules/tickets/repair-rules.ts';
import { formatYuan } from '../money.ts';
import { FIELD_ACTIONS } from './action-fields.ts';
import { FieldsModal } from './FieldsModal.tsx';
import type { Ticket } from '../types.ts';

export function CompleteRepairModal({
  ticket,
  onClose,
  onClassify,
}: {
  ticket: Ticket;
  onClose(): void;
  onClassify(): void;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const { can } = useProject();
  const missing = undecidedBeforeCompletion(ticket);
  const decided = [
    ticket.urgency && label('urgency', ticket.urgency),
    ticket.charge && label('charge', ticket.charge),
    ticket.charge === 'paid' && ticket.priceFen !== null && formatYuan(ticket.priceFen),
  ]
    .filter(Boolean)
    .join(' · ');
  const intro =
    missing.length === 0 ? (
      <Typography.Paragraph type="secondary" data-testid="repair-decided">
        {decided}
      </Typography.Paragraph>
    ) : (
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        data-testid="repair-undecided"
        message={t('tickets.completeUndecided.title')}
        description={
          <Flex vertical gap={8} align="flex-start">
            {missing.map((m) => (
              <span key={m} data-testid={`undecided-${m}`}>
                {t(`tickets.completeUndecided.${m}`)}
              </span>
            ))}
            {can('ticket.desk') ? (
              <Button size="small" type="primary" onClick={onClassify} data-testid="complete-classify">
                {t('tickets.classifyRepair')}
              </Button>
            ) : (
              <Typography.Text strong>{t('tickets.completeUndecided.askDesk')}</Typography.Text>
            )}
          </Flex>
        }
      />
    );
  return (
    <FieldsModal
      ticket={ticket}
      action="complete"
      specs={FIELD_ACTIONS.complete ?? []}
      onClose={onClose}
      intro={intro}
      blocked={missing.length > 0}
    />
  );
}
