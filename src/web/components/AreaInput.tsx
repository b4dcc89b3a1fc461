/** Square metres with at most two decimals, as the server stores them (hundredths of m²). */
import { InputNumber } from 'antd';
import type { InputNumberProps } from 'antd';
import { useTranslation } from 'react-i18next';

export function AreaInput(props: InputNumberProps<number>) {
  const { t } = useTranslation();
  return (
    <InputNumber<number>
      min={0}
      max={1_000_000}
      step={0.01}
      precision={2}
      suffix={t('common.m2')}
      style={{ width: '100%' }}
      {...props}
    />
  );
}
