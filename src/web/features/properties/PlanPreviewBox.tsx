/** The preview under the bulk form: total units and first/last numbers, or what is wrong. */
import { Alert, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { previewPlan, type BuildingValues } from './building-plan.ts';
import type { PlanProblem } from '../../../server/modules/properties/rules.ts';

function useProblemText(): (p: PlanProblem) => string {
  const { t } = useTranslation();
  return (p) => {
    const where = /^segments\.(\d+)/.exec(p.path);
    const prefix = where ? `${t('buildingForm.segmentN', { n: Number(where[1]) + 1 })}: ` : '';
    switch (p.key) {
      case 'property.pattern_invalid':
        return prefix + t('buildingForm.problem.patternInvalid');
      case 'property.floor_range':
        return prefix + t('buildingForm.problem.floorRange', { max: p.params.max });
      case 'property.codes_collide':
        return prefix + t('buildingForm.problem.codesCollide', { code: p.params.code });
      case 'property.too_many_units':
        return prefix + t('buildingForm.problem.tooMany', { max: p.params.max });
      case 'field.format':
        return prefix + t('buildingForm.problem.areaFormat');
    }
  };
}

export function PlanPreviewBox({ values }: { values: BuildingValues }) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const plan = previewPlan(values);
  if (plan.incomplete) {
    return (
      <Alert
        style={{ marginTop: 12 }}
        type="info"
        title={t('buildingForm.previewIncomplete')}
        data-testid="plan-preview"
      />
    );
  }
  if (plan.problems.length) {
    return (
      <Alert
        style={{ marginTop: 12 }}
        type="warning"
        showIcon
        data-testid="plan-preview"
        title={t('buildingForm.previewProblems')}
        description={
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            {plan.problems.map((p, i) => (
              <li key={i}>{problemText(p)}</li>
            ))}
          </ul>
        }
      />
    );
  }
  return (
    <Alert
      style={{ marginTop: 12 }}
      type="success"
      showIcon
      data-testid="plan-preview"
      title={
        <Flex gap={16} wrap>
          <span>{t('buildingForm.previewTotal', { count: plan.total, floors: plan.floorCount })}</span>
          {plan.first ? (
            <span>
              {t('buildingForm.previewCodes')} <Typography.Text code>{plan.first}</Typography.Text> …{' '}
              <Typography.Text code>{plan.last}</Typography.Text>
            </span>
          ) : null}
        </Flex>
      }
    />
  );
}
