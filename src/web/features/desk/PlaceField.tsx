/** Where it is (REP-1, CMP-1): a unit found by its number, or a public area typed in words. */
import { Flex, Form, Input, Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { UnitSelect } from './UnitSelect.tsx';

export function PlaceField({
  mode,
  preferredUnits,
  required,
}: {
  mode: 'unit' | 'area';
  preferredUnits: string[];
  required: boolean;
}) {
  const { t } = useTranslation();
  const rule = required ? [{ required: true, message: t('common.required') }] : [];
  return (
    <Form.Item label={t('desk.place')} required={required} style={{ marginBottom: 0 }}>
      <Flex gap={8} align="start">
        <Form.Item name="placeMode" noStyle>
          <Segmented
            options={[
              { value: 'unit', label: t('desk.unit') },
              { value: 'area', label: t('desk.publicArea') },
            ]}
          />
        </Form.Item>
        {mode === 'unit' ? (
          <Form.Item name="unitId" rules={rule} style={{ flex: 1 }}>
            <UnitSelect preferred={preferredUnits} />
          </Form.Item>
        ) : (
          <Form.Item
            name="publicArea"
            rules={[...rule, { whitespace: true, message: t('common.required') }]}
            style={{ flex: 1 }}
          >
            <Input maxLength={100} placeholder={t('desk.areaPlaceholder')} data-testid="public-area" />
          </Form.Item>
        )}
      </Flex>
    </Form.Item>
  );
}
