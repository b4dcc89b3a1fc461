/**
 * The intake form, built for a ringing phone and the keyboard alone (TKT-1, TKT-7): the
 * number field has the focus; typing it looks the caller up; ↑/↓ and Enter take a match
 * (their unit preselected) or 新客户; Alt+1…5 choose the kind; Ctrl+Enter saves. One
 * Idempotency-Key per form, so a double submit or a retry makes one ticket.
 */
import { useEffect, useRef, useState } from 'react';
import { Button, Checkbox, Flex, Form, Input, Segmented, Select, Typography } from 'antd';
import type { GetRef, InputRef } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useEnumOptions, useLabel } from '../../app/labels.ts';
import { useProject } from '../../app/project.tsx';
import { useErrorReporter } from '../../app/errors.ts';
import { CUSTOMER_KINDS, MIN_WHOLE_DIGITS } from '../../../server/modules/customers/rules.ts';
import { CHANNELS } from '../tickets/values.ts';
import { noteServerTime } from '../tickets/server-clock.ts';
import { phoneDigits, useCallerLookup, useDeskWrites } from './api.ts';
import { useDebounced } from './use-debounced.ts';
import { uuid } from './uuid.ts';
import { DESK_KINDS, INITIAL_VALUES, toIntakeBody, type IntakeValues } from './intake-values.ts';
import { CallerMatches } from './CallerMatches.tsx';
import { PickedCaller } from './PickedCaller.tsx';
import { PlaceField } from './PlaceField.tsx';
import { KindFields } from './KindFields.tsx';
import type { Customer, Ticket } from '../tickets/types.ts';

type Caller = { mode: 'lookup' } | { mode: 'found'; customer: Customer } | { mode: 'new' };

const KIND_KEYS = ['1', '2', '3', '4', '5'];
/** Same rule as the server's PhoneString. */
const PHONE = /^[0-9+\-() ]{3,24}$/;
const later = (fn: () => void) => setTimeout(fn, 0);

/** `onText` gets what is being typed for the customer, for the taboo-phrase check beside the form. */
export function IntakeForm({
  onSaved,
  onText,
}: {
  onSaved(ticket: Ticket): void;
  onText(text: string): void;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const enumOptions = useEnumOptions();
  const { projectId, timeZone, can } = useProject();
  const report = useErrorReporter();
  const writes = useDeskWrites(projectId);
  const [form] = Form.useForm<IntakeValues>();
  const [idempotencyKey] = useState(uuid);
  // A customer created by a first attempt is reused by a retry instead of created twice.
  const createdCustomer = useRef<string | null>(null);
  const [caller, setCaller] = useState<Caller>({ mode: 'lookup' });
  const [active, setActive] = useState(0);
  // Enter pressed before the lookup answered: the caller is taken as soon as it does.
  const [pendingPick, setPendingPick] = useState(false);
  const [busy, setBusy] = useState(false);
  // A second Ctrl+Enter while saving must not create the new customer a second time.
  const saving = useRef(false);
  const nameRef = useRef<InputRef>(null);
  const descriptionRef = useRef<GetRef<typeof Input.TextArea>>(null);

  const phone = (Form.useWatch('contactPhone', form) as string | undefined) ?? '';
  const kind = Form.useWatch('kind', form) ?? 'repair';
  const urgency = Form.useWatch('urgency', form);
  const placeMode = Form.useWatch('placeMode', form) ?? 'unit';
  const settle = Form.useWatch('settle', form) ?? false;
  const description = (Form.useWatch('description', form) as string | undefined) ?? '';
  const settleNote = (Form.useWatch('settleNote', form) as string | undefined) ?? '';
  const looked = useDebounced(phone, 250);
  // Only the roles that take calls look callers up by number (CUS-3); others record what they are told.
  const takesCalls = can('customer.caller_id');
  const lookup = useCallerLookup(projectId, looked, takesCalls);
  const showMatches = takesCalls && caller.mode === 'lookup' && phoneDigits(looked).length >= 4;
  const matches = showMatches ? (lookup.data ?? []) : [];
  const settled = !lookup.isFetching && phoneDigits(phone) === phoneDigits(looked);

  useEffect(() => setActive(0), [looked]);
  useEffect(
    () => onText([description, settleNote].filter(Boolean).join('\n')),
    [description, settleNote, onText],
  );

  useEffect(() => {
    // Capture phase: the shortcuts work from inside any field, before a widget handles the key.
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey && !e.ctrlKey && !e.metaKey) {
        const i = KIND_KEYS.indexOf(e.code.replace(/^(Digit|Numpad)/, ''));
        if (i >= 0) {
          e.preventDefault();
          form.setFieldValue('kind', DESK_KINDS[i]);
        }
      } else if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') {
        e.preventDefault();
        form.submit();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [form]);

  const pick = (i: number) => {
    const c = matches[i];
    if (c) {
      setCaller({ mode: 'found', customer: c });
      form.setFieldsValue({
        customerName: c.name,
        company: c.company,
        customerKind: c.kind,
        placeMode: 'unit',
        unitId: c.units[0]?.unitId,
      });
      later(() => descriptionRef.current?.focus());
    } else {
      setCaller({ mode: 'new' });
      later(() => nameRef.current?.focus());
    }
  };

  const onPhoneKey = (e: React.KeyboardEvent) => {
    if (!showMatches) return;
    const rows = matches.length + 1;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => (a + (e.key === 'ArrowDown' ? 1 : rows - 1)) % rows);
    } else if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      // Typed faster than the lookup answers: the Enter waits for it rather than being lost.
      if (settled) pick(active);
      else setPendingPick(true);
    }
  };

  useEffect(() => {
    if (!pendingPick || !settled) return;
    setPendingPick(false);
    if (showMatches) pick(active);
    // pick and active are read at the moment the lookup settles, which is the point.
  }, [pendingPick, settled]);

  const onPhoneChange = () => {
    setPendingPick(false);
    if (caller.mode !== 'found') return;
    // Another number: the caller taken for the old one no longer applies.
    setCaller({ mode: 'lookup' });
    form.setFieldsValue({ customerName: '', company: '' });
  };

  const save = async (v: IntakeValues) => {
    if (saving.current) return;
    saving.current = true;
    setBusy(true);
    try {
      let customerId =
        caller.mode === 'found' ? caller.customer.customerId : (createdCustomer.current ?? undefined);
      if (caller.mode === 'new' && !customerId) {
        // The caller is recorded, never linked to the unit they call about: who lives or works
        // there comes from the archive (roster, handover, move-in), not from a phone call.
        const c = await writes.createCustomer({
          kind: v.customerKind,
          name: v.customerName?.trim() ?? '',
          company: v.company?.trim() ?? '',
          phones: [{ phone: v.contactPhone?.trim() ?? '', label: 'mobile' }],
        });
        createdCustomer.current = c.customerId;
        customerId = c.customerId;
      }
      const ticket = await writes.intake(toIntakeBody(v, customerId, timeZone), idempotencyKey);
      noteServerTime(ticket.receivedAt);
      onSaved(ticket);
    } catch (err) {
      report(err, { form });
    } finally {
      saving.current = false;
      setBusy(false);
    }
  };

  const required = { required: true, message: t('common.required') };
  // A new caller's archive keeps a number to call back, not the last digits typed for the lookup.
  const wholeNumber = {
    validator: async (_: unknown, v?: string) => {
      if (v && phoneDigits(v).length < MIN_WHOLE_DIGITS)
        throw new Error(t('desk.wholeNumber', { min: MIN_WHOLE_DIGITS }));
    },
  };
  const needsPlace = kind === 'repair' || kind === 'complaint' || kind === 'request';
  return (
    <Form<IntakeValues>
      form={form}
      layout="vertical"
      name="intake"
      initialValues={INITIAL_VALUES}
      onFinish={(v) => void save(v)}
      data-testid="intake-form"
    >
      <Flex gap={12}>
        <Form.Item
          name="contactPhone"
          label={t('desk.phone')}
          extra={showMatches ? t('desk.phoneHelp') : undefined}
          rules={[
            ...(caller.mode === 'new' ? [required, wholeNumber] : []),
            { pattern: PHONE, message: t('staff.phoneRule') },
          ]}
          style={{ flex: 1 }}
        >
          <Input
            autoFocus
            size="large"
            maxLength={24}
            autoComplete="off"
            placeholder={t('desk.phonePlaceholder')}
            onKeyDown={onPhoneKey}
            onChange={onPhoneChange}
            data-testid="caller-phone"
          />
        </Form.Item>
        <Form.Item name="channel" label={t('desk.channel')} style={{ width: 150 }}>
          <Select size="large" options={enumOptions('channel', CHANNELS)} />
        </Form.Item>
      </Flex>
      {showMatches ? (
        <CallerMatches matches={matches} loading={lookup.isFetching} active={active} onPick={pick} />
      ) : null}
      {caller.mode === 'found' ? (
        <PickedCaller
          customer={caller.customer}
          onChange={() => {
            setCaller({ mode: 'lookup' });
            form.setFieldsValue({ customerName: '', company: '' });
          }}
        />
      ) : null}
      {/* Kept mounted (hidden) for a found caller: the form only submits the fields it has. */}
      <Flex gap={12} style={caller.mode === 'found' ? { display: 'none' } : undefined}>
        <Form.Item
          name="customerName"
          label={t('desk.customerName')}
          rules={[{ ...required, whitespace: true }]}
          style={{ flex: 1 }}
        >
          <Input ref={nameRef} maxLength={100} data-testid="customer-name" />
        </Form.Item>
        <Form.Item name="company" label={t('desk.company')} style={{ flex: 1 }}>
          <Input maxLength={100} />
        </Form.Item>
        {caller.mode === 'new' ? (
          <>
            <Form.Item name="customerKind" label={t('desk.customerKind')}>
              <Select options={enumOptions('customerKind', CUSTOMER_KINDS)} style={{ width: 90 }} />
            </Form.Item>
          </>
        ) : null}
      </Flex>
      <Form.Item name="kind" label={t('desk.kind')} extra={t('desk.kindHint')}>
        <Segmented
          block
          data-testid="intake-kind"
          options={DESK_KINDS.map((k, i) => ({
            value: k,
            label: (
              <span>
                <Typography.Text type="secondary" style={{ fontSize: 11, marginInlineEnd: 4 }}>
                  {i + 1}
                </Typography.Text>
                {label('ticketKind', k)}
              </span>
            ),
          }))}
        />
      </Form.Item>
      <Form.Item name="description" label={t('desk.description')} rules={[{ ...required, whitespace: true }]}>
        <Input.TextArea
          ref={descriptionRef}
          autoSize={{ minRows: 2, maxRows: 6 }}
          maxLength={4000}
          placeholder={t('desk.descriptionPlaceholder')}
          data-testid="intake-description"
        />
      </Form.Item>
      <PlaceField
        mode={placeMode}
        required={needsPlace}
        preferredUnits={caller.mode === 'found' ? caller.customer.units.map((u) => u.unitId) : []}
      />
      <KindFields kind={kind} urgency={urgency} />
      <Form.Item name="settle" valuePropName="checked" style={{ marginBottom: settle ? 8 : 16 }}>
        <Checkbox data-testid="intake-settle">{t('desk.settle')}</Checkbox>
      </Form.Item>
      {settle ? (
        <Form.Item name="settleNote" label={t('desk.settleNote')} rules={[{ ...required, whitespace: true }]}>
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 5 }}
            maxLength={2000}
            placeholder={t('desk.settleNotePlaceholder')}
            data-testid="intake-settle-note"
          />
        </Form.Item>
      ) : null}
      <Flex justify="flex-end" align="center" gap={12}>
        <Typography.Text type="secondary">{t('desk.saveHint')}</Typography.Text>
        <Button
          type="primary"
          size="large"
          icon={<SaveOutlined />}
          loading={busy}
          onClick={() => form.submit()}
          data-testid="intake-save"
        >
          {t('desk.save')}
        </Button>
      </Flex>
    </Form>
  );
}
