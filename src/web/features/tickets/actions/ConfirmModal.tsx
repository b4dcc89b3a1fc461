/**
 * 客户确认: a repair is tried by the customer and signed — on the pad, or on the paper work
 * order (REP-5); a complaint or request records the answer given to the customer and its
 * time (CMP-7, REQ-2).
 */
import { useState } from 'react';
import { Alert, Checkbox, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../../app/labels.ts';
import { TabooHint } from '../../desk/TabooHint.tsx';
import { SignaturePad } from '../../../components/SignaturePad.tsx';
import { ActionModal } from './ActionModal.tsx';
import { useActionSubmit } from './use-action-submit.ts';
import type { Ticket } from '../types.ts';

interface Values {
  signerName?: string;
  signedOnPaper?: boolean;
  answer?: string;
}

export function ConfirmModal({ ticket, onClose }: { ticket: Ticket; onClose(): void }) {
  const { t } = useTranslation();
  const label = useLabel();
  const [form] = Form.useForm<Values>();
  const { submit, busy } = useActionSubmit(ticket, onClose, form);
  const [signature, setSignature] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const signedOnPaper = Form.useWatch('signedOnPaper', form) ?? false;
  const answer = (Form.useWatch('answer', form) as string | undefined) ?? '';
  const repair = ticket.kind === 'repair';

  const save = (v: Values) => {
    if (!repair) return void submit('confirm', { answer: v.answer!.trim() });
    if (!signature && !v.signedOnPaper) return setMissing(true);
    void submit('confirm', {
      ...(signature && !v.signedOnPaper ? { signature } : {}),
      signedOnPaper: !!v.signedOnPaper,
      signerName: v.signerName?.trim() || ticket.customerName,
    });
  };

  return (
    <ActionModal
      title={`${label('ticketAction', 'confirm')} · ${ticket.number}`}
      okText={label('ticketAction', 'confirm')}
      busy={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={repair ? 560 : 520}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        name="confirm"
        initialValues={{ signerName: ticket.customerName, signedOnPaper: false }}
        onFinish={save}
      >
        {repair ? (
          <>
            {signedOnPaper ? null : (
              <div style={{ marginBottom: 12 }}>
                <SignaturePad
                  prompt="tickets.signHere"
                  onChange={(s) => {
                    setSignature(s);
                    setMissing(false);
                  }}
                />
              </div>
            )}
            <Form.Item name="signedOnPaper" valuePropName="checked">
              <Checkbox onChange={() => setMissing(false)} data-testid="signed-on-paper">
                {t('tickets.field.signedOnPaper')}
              </Checkbox>
            </Form.Item>
            <Form.Item name="signerName" label={t('tickets.field.signerName')}>
              <Input maxLength={100} />
            </Form.Item>
            {missing ? <Alert type="error" showIcon title={t('tickets.signatureNeeded')} /> : null}
          </>
        ) : (
          <>
            <Form.Item
              name="answer"
              label={t('tickets.field.answer')}
              rules={[{ required: true, whitespace: true, message: t('common.required') }]}
            >
              <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={4000} autoFocus />
            </Form.Item>
            <TabooHint text={answer} />
          </>
        )}
      </Form>
    </ActionModal>
  );
}
