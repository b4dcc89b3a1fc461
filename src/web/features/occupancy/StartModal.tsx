/** Choosing the unit a new handover or move-in is for; a unit with one already open opens that one instead. */
import { useState } from 'react';
import { Form, Modal, Select, type ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useErrorReporter } from '../../app/errors.ts';

export interface UnitOption {
  unitId: string;
  label: string;
  openId: string | null;
}

export function StartModal({
  open,
  title,
  unitLabel,
  units,
  loading,
  onStart,
  onOpen,
  onClose,
}: {
  open: boolean;
  title: string;
  unitLabel: string;
  units: UnitOption[];
  loading: boolean;
  onStart(unitId: string): Promise<string>;
  onOpen(id: string): void;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const [unitId, setUnitId] = useState<string>();
  const [busy, setBusy] = useState(false);
  const report = useErrorReporter();
  const submit = async () => {
    const unit = units.find((u) => u.unitId === unitId);
    if (!unit) return;
    if (unit.openId) return (onOpen(unit.openId), onClose());
    setBusy(true);
    try {
      onOpen(await onStart(unit.unitId));
      onClose();
    } catch (err) {
      report(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={open}
      title={title}
      onCancel={onClose}
      onOk={() => void submit()}
      okButtonProps={{ disabled: !unitId, loading: busy, 'data-testid': 'start-submit' } as ButtonProps}
      okText={t('occupancy.common.submit')}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label={unitLabel}>
          <Select
            showSearch
            value={unitId}
            onChange={setUnitId}
            loading={loading}
            optionFilterProp="label"
            options={units.map((u) => ({ value: u.unitId, label: u.label }))}
            data-testid="start-unit"
            style={{ width: '100%' }}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
