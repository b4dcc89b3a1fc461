/**
 * The forms of a key's actions: hand over with identity check and signature (KEY-2), a
 * viewing with a staff escort (KEY-3), a borrowing or irregular-collection request, lending
 * an approved borrowing with the borrower's signature, return, and a loss (KEY-4).
 */
import { useEffect, useState } from 'react';
import { Alert, App, Checkbox, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useErrorReporter } from '../../../app/errors.ts';
import { useLabel } from '../../../app/labels.ts';
import { useProject } from '../../../app/project.tsx';
import { SignatureField, type SignatureValue } from '../../../components/SignatureField.tsx';
import { useStaff } from '../../staff/api.ts';
import { keyApi, useKeyParties, useRefresh, type KeyDetailDto } from '../api.ts';

export type KeyAction = 'issue' | 'view' | 'borrow' | 'ownerCollect' | 'return' | 'lose' | 'lend';

const TITLES: Record<
  KeyAction,
  | 'issueTitle'
  | 'viewTitle'
  | 'borrowTitle'
  | 'ownerCollectTitle'
  | 'lostTitle'
  | 'issueBorrowTitle'
  | 'returnSubmit'
> = {
  issue: 'issueTitle',
  view: 'viewTitle',
  borrow: 'borrowTitle',
  ownerCollect: 'ownerCollectTitle',
  return: 'returnSubmit',
  lose: 'lostTitle',
  lend: 'issueBorrowTitle',
};
const HELP: Partial<
  Record<KeyAction, 'issueHelp' | 'viewHelp' | 'borrowHelp' | 'ownerCollectHelp' | 'lostHelp'>
> = {
  issue: 'issueHelp',
  view: 'viewHelp',
  borrow: 'borrowHelp',
  ownerCollect: 'ownerCollectHelp',
  lose: 'lostHelp',
};

type Values = Record<string, string | boolean | dayjs.Dayjs | SignatureValue | undefined>;

export function KeyActionModal({
  k,
  modal,
  onClose,
}: {
  k: KeyDetailDto;
  modal: { action: KeyAction; requestId?: string; customerId?: string } | null;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const { projectId } = useProject();
  const { message } = App.useApp();
  const report = useErrorReporter();
  const refresh = useRefresh(projectId);
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const action = modal?.action;
  const parties = useKeyParties(projectId, k.unitId).data ?? [];
  const staff = (useStaff(projectId).data ?? []).filter(
    (s) => s.active && s.memberships.some((m) => m.projectId === projectId),
  );
  const request = k.requests.find((r) => r.requestId === modal?.requestId);
  const people = [
    ...new Map([
      ...k.entrusted.map((e) => [e.customerId, e.name] as const),
      ...parties.map((p) => [p.customerId, `${p.name} · ${label('unitRelation', p.relation)}`] as const),
    ]).entries(),
  ].map(([value, l]) => ({ value, label: l }));

  useEffect(() => {
    if (!modal) return;
    form.resetFields();
    const customer = modal.customerId ?? (k.entrusted.length === 1 ? k.entrusted[0]!.customerId : undefined);
    form.setFieldsValue({
      customerId: customer,
      signerName: request?.borrowerName ?? k.entrusted.find((e) => e.customerId === customer)?.name ?? '',
      dueAt: dayjs().hour(17).minute(30).second(0),
    });
  }, [modal, form, k, request]);

  const body = (v: Values): [Parameters<typeof keyApi.act>[2] | 'lend', unknown] => {
    const sig = v.signature as SignatureValue | undefined;
    const signature = { signerName: String(v.signerName ?? '').trim(), ...sig };
    switch (action!) {
      case 'issue':
        return [
          'issue',
          {
            customerId: v.customerId,
            idNumber: String(v.idNumber ?? ''),
            requestId: modal?.requestId,
            signature,
            note: String(v.note ?? ''),
          },
        ];
      case 'view':
        return [
          'viewing',
          {
            escortId: v.escortId,
            viewerName: v.viewerName,
            viewerPhone: String(v.viewerPhone ?? ''),
            note: String(v.note ?? ''),
          },
        ];
      case 'borrow':
        return [
          'requests',
          {
            kind: 'borrow',
            borrowerId: v.borrowerId,
            reason: v.reason,
            dueAt: (v.dueAt as dayjs.Dayjs).toISOString(),
            irregular: !!v.irregular,
          },
        ];
      case 'ownerCollect':
        return ['requests', { kind: 'owner_collect', customerId: v.customerId, reason: v.reason }];
      case 'return':
        return ['return', { note: String(v.note ?? '') }];
      case 'lose':
        return ['lost', { note: v.note }];
      case 'lend':
        return ['lend', signature];
    }
  };

  const submit = async () => {
    const v = await form.validateFields();
    const [what, payload] = body(v);
    setBusy(true);
    try {
      if (what === 'lend') await keyApi.lend(projectId, modal!.requestId!, payload as never);
      else await keyApi.act(projectId, k.keyId, what, payload);
      message.success(
        t(
          action === 'borrow' || action === 'ownerCollect'
            ? 'custody.keys.requested'
            : action === 'return'
              ? 'custody.keys.returned'
              : 'custody.keys.issued',
        ),
      );
      await refresh();
      onClose();
    } catch (err) {
      report(err, { form });
    } finally {
      setBusy(false);
    }
  };

  const required = (message: string) => [{ required: true, whitespace: true, message }];
  const needsSignature = action === 'issue' || action === 'lend';
  return (
    <Modal
      open={!!modal}
      title={action ? t(`custody.keys.${TITLES[action]}`, { name: request?.borrowerName ?? '' }) : ''}
      onCancel={onClose}
      maskClosable={false}
      onOk={() => void submit()}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'key-action-submit' } as Record<string, string>}
      destroyOnHidden
      width={needsSignature ? 580 : 520}
    >
      {action && HELP[action] ? (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t(`custody.keys.${HELP[action]!}`)} />
      ) : null}
      <Form<Values> form={form} layout="vertical" requiredMark={false}>
        {action === 'issue' || action === 'ownerCollect' ? (
          <Form.Item
            name="customerId"
            label={t('custody.keys.collector')}
            rules={[{ required: true, message: t('custody.keys.collectorRequired') }]}
          >
            <Select
              options={people}
              disabled={!!modal?.customerId}
              onChange={(id) =>
                form.setFieldsValue({
                  signerName: people.find((p) => p.value === id)?.label.split(' · ')[0] ?? '',
                })
              }
              data-testid="key-collector"
            />
          </Form.Item>
        ) : null}
        {action === 'issue' ? (
          <Form.Item
            name="idNumber"
            label={t('custody.keys.idNumber')}
            rules={required(t('custody.keys.idNumberRequired'))}
          >
            <Input maxLength={30} data-testid="key-id-number" />
          </Form.Item>
        ) : null}
        {action === 'view' ? (
          <>
            <Form.Item
              name="escortId"
              label={t('custody.keys.escort')}
              rules={[{ required: true, message: t('custody.keys.escortRequired') }]}
            >
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                options={staff.map((s) => ({ value: s.userId, label: s.displayName }))}
                data-testid="key-escort"
              />
            </Form.Item>
            <Form.Item
              name="viewerName"
              label={t('custody.keys.viewer')}
              rules={required(t('custody.keys.viewerRequired'))}
            >
              <Input maxLength={60} />
            </Form.Item>
            <Form.Item name="viewerPhone" label={t('custody.keys.viewerPhone')}>
              <Input maxLength={24} />
            </Form.Item>
          </>
        ) : null}
        {action === 'borrow' ? (
          <>
            <Form.Item
              name="borrowerId"
              label={t('custody.keys.borrower')}
              rules={[{ required: true, message: t('custody.keys.borrowerRequired') }]}
            >
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                options={staff.map((s) => ({ value: s.userId, label: s.displayName }))}
                data-testid="key-borrower"
              />
            </Form.Item>
            <Form.Item
              name="dueAt"
              label={t('custody.keys.dueAt')}
              rules={[{ required: true, message: t('custody.keys.dueAtRequired') }]}
            >
              <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" allowClear={false} />
            </Form.Item>
            <Form.Item name="irregular" valuePropName="checked">
              <Checkbox>{t('custody.keys.markIrregular')}</Checkbox>
            </Form.Item>
          </>
        ) : null}
        {action === 'borrow' || action === 'ownerCollect' ? (
          <Form.Item
            name="reason"
            label={t('custody.keys.reason')}
            rules={required(t('custody.keys.reasonRequired'))}
          >
            <Input maxLength={200} />
          </Form.Item>
        ) : null}
        {needsSignature ? (
          <>
            <Form.Item
              name="signerName"
              label={t('custody.wizard.signerName')}
              rules={required(t('custody.wizard.signerNameRequired'))}
            >
              <Input maxLength={60} style={{ width: 200 }} />
            </Form.Item>
            <Form.Item
              name="signature"
              rules={[
                {
                  validator: (_, s: SignatureValue | undefined) =>
                    s && (s.image || s.scanDocumentId)
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('custody.wizard.signatureRequired'))),
                },
              ]}
            >
              <SignatureField projectId={projectId} testId="key-signature" />
            </Form.Item>
          </>
        ) : null}
        {action === 'issue' || action === 'view' || action === 'return' || action === 'lose' ? (
          <Form.Item
            name="note"
            label={t(action === 'lose' ? 'custody.keys.lostNote' : 'custody.keys.note')}
            rules={action === 'lose' ? required(t('custody.keys.lostNoteRequired')) : []}
          >
            <Input maxLength={500} />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
