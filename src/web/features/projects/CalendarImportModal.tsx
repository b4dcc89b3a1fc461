/**
 * Import a year: one date or range per line, e.g. "2026-10-01..2026-10-07 holiday 国庆节" /
 * "2026-10-10 workday 国庆调休". The list replaces the whole year, so it opens with the
 * year as saved; a bad line refuses the list and its problems are shown by line number.
 */
import { useEffect, useState } from 'react';
import { Alert, App, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProjectWrites } from './api.ts';
import { lineOfPath, toImportText, type DayRange } from './calendar.ts';
import { ApiError, type FieldProblem } from '../../app/api.ts';
import { useErrorReporter } from '../../app/errors.ts';

export function CalendarImportModal({
  projectId,
  year,
  open,
  current,
  onClose,
}: {
  projectId: string;
  year: number;
  open: boolean;
  current: DayRange[];
  onClose(): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const report = useErrorReporter();
  const writes = useProjectWrites();
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (open) {
      setText(toImportText(current));
      setProblems([]);
    }
    // Only on opening: a live refresh must not overwrite what the user is typing.
  }, [open, year]);

  const save = async () => {
    setBusy(true);
    setProblems([]);
    try {
      const days = await writes.importCalendar(projectId, year, text);
      message.success(t('calendar.imported', { year, count: days.length }));
      onClose();
    } catch (err) {
      if (err instanceof ApiError && err.fields.some((f) => lineOfPath(f.path) !== null))
        setProblems(err.fields);
      else report(err);
    } finally {
      setBusy(false);
    }
  };

  const badLines = new Set(problems.map((p) => lineOfPath(p.path)).filter((n): n is number => n !== null));
  return (
    <Modal
      open={open}
      title={t('calendar.importTitle', { year })}
      onCancel={onClose}
      onOk={() => void save()}
      okText={t('calendar.importOk')}
      confirmLoading={busy}
      width={640}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t('calendar.importHelp')}
      </Typography.Paragraph>
      <Typography.Paragraph style={{ marginBottom: 8 }}>
        <Typography.Text code>{`${year}-10-01..${year}-10-07 holiday 国庆节`}</Typography.Text>{' '}
        <Typography.Text code>{`${year}-10-10 workday 国庆调休`}</Typography.Text>
      </Typography.Paragraph>
      <Input.TextArea
        value={text}
        onChange={(e) => setText(e.target.value)}
        autoSize={{ minRows: 10, maxRows: 18 }}
        status={problems.length ? 'error' : undefined}
        spellCheck={false}
        style={{ fontFamily: 'monospace', fontSize: 13 }}
        data-testid="calendar-text"
        aria-label={t('calendar.importTitle', { year })}
      />
      {problems.length ? (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 8 }}
          title={t('calendar.importRefused', { count: badLines.size })}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }} data-testid="calendar-problems">
              {problems.map((p, i) => (
                <li key={i}>{p.message}</li>
              ))}
            </ul>
          }
        />
      ) : (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 8 }}
          title={t('calendar.replaceWarning', { year })}
        />
      )}
    </Modal>
  );
}
