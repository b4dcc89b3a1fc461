/** REL-5: the issued pass — its number, the day it is valid, the print in two copies; once used, when and by whom. */
import { Button, Result, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../../app/project.tsx';
import { useFormatTime } from '../../../app/time.ts';
import { passApi, type PassDto } from '../api.ts';

export function IssuedPanel({ pass }: { pass: PassDto }) {
  const { t, i18n } = useTranslation();
  const { projectId } = useProject();
  const fmt = useFormatTime();
  const print = () =>
    window.open(passApi.printUrl(projectId, pass.passId, i18n.language), '_blank', 'noopener');
  return (
    <Result
      status={pass.state === 'used' ? 'info' : 'success'}
      style={{ padding: '16px 0' }}
      title={
        <span data-testid="pass-number">
          {t('custody.wizard.issuedTitle', { number: pass.number ?? '' })}
        </span>
      }
      subTitle={
        pass.state === 'used' ? (
          <Typography.Text>
            {t('custody.wizard.usedTitle', { at: fmt(pass.checkedAt ?? ''), by: pass.checkedByName ?? '' })}
          </Typography.Text>
        ) : (
          t('custody.wizard.issuedSub', { day: pass.validOn ?? '' })
        )
      }
      extra={
        <Button type="primary" icon={<PrinterOutlined />} onClick={print} data-testid="print-pass">
          {t('custody.wizard.print')}
        </Button>
      }
    />
  );
}
