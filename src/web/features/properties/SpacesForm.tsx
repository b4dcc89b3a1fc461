/**
 * The "N spaces" fields shared by 新建停车区 and 添加车位: count, prefix, first number and
 * digits, with the resulting first and last space numbers shown as you type.
 */
import { Col, Form, Input, InputNumber, Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { spaceCodes } from '../../../server/modules/properties/rules.ts';
import { SPACE_KINDS } from './values.ts';
import { useEnumOptions } from '../../app/labels.ts';

export interface SpacesValues {
  count?: number | null;
  prefix?: string;
  start?: number | null;
  width?: number | null;
  kind?: string;
}

export const SPACES_DEFAULTS: SpacesValues = { count: 50, prefix: '', start: 1, width: 3, kind: 'standard' };

/** `under` is the form path of the fields, e.g. ['spaces'] inside the area form. */
export function SpacesFields({ under, values }: { under: string[]; values: SpacesValues | undefined }) {
  const { t } = useTranslation();
  const enumOptions = useEnumOptions();
  const v = values ?? {};
  const ready =
    typeof v.count === 'number' && v.count > 0 && typeof v.start === 'number' && typeof v.width === 'number';
  const codes = ready ? spaceCodes(v.prefix?.trim() ?? '', v.start!, 1, v.width!) : [];
  const lastCodes = ready ? spaceCodes(v.prefix?.trim() ?? '', v.start! + v.count! - 1, 1, v.width!) : [];
  const required = [{ required: true, message: t('common.required') }];
  return (
    <>
      <Row gutter={12}>
        <Col span={6}>
          <Form.Item name={[...under, 'count']} label={t('parking.count')} rules={required}>
            <InputNumber min={1} max={2000} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name={[...under, 'prefix']} label={t('parking.prefix')}>
            <Input maxLength={8} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name={[...under, 'start']} label={t('parking.start')} rules={required}>
            <InputNumber min={0} max={99999} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item
            name={[...under, 'width']}
            label={t('parking.width')}
            rules={required}
            tooltip={t('parking.widthHelp')}
          >
            <InputNumber min={1} max={6} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name={[...under, 'kind']} label={t('parking.spaceKind')}>
            <Select options={enumOptions('spaceKind', SPACE_KINDS)} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label={t('parking.preview')}>
            {ready ? (
              <Typography.Text data-testid="spaces-preview">
                <Typography.Text code>{codes[0]}</Typography.Text> …{' '}
                <Typography.Text code>{lastCodes[0]}</Typography.Text>
                {t('parking.previewCount', { count: v.count! })}
              </Typography.Text>
            ) : (
              <Typography.Text type="secondary">—</Typography.Text>
            )}
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
