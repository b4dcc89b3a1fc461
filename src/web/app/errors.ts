/**
 * Showing a failed request to the user: field problems go onto the matching form items,
 * the server's (already translated) message goes into a toast, and a version conflict gets
 * a dialog that reloads the record.
 */
import { useCallback } from 'react';
import { App } from 'antd';
import type { FormInstance } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from './api.ts';
import { applyFieldErrors } from './field-errors.ts';

export interface ReportOptions {
  form?: FormInstance;
  /** Runs after the user acknowledges a version conflict, once the data is being reloaded. */
  onConflict?: () => void;
}

/**
 * @example
 *   const report = useErrorReporter();
 *   try { await save(values) } catch (err) { report(err, { form }) }
 */
export function useErrorReporter(): (err: unknown, opts?: ReportOptions) => void {
  const { message, modal } = App.useApp();
  const { t } = useTranslation();
  const qc = useQueryClient();
  return useCallback(
    (err: unknown, opts: ReportOptions = {}) => {
      if (!(err instanceof ApiError)) {
        message.error(t('errors.unexpected'));
        if (err) console.error(err);
        return;
      }
      if (err.code === 'VERSION_CONFLICT') {
        modal.warning({
          title: t('errors.versionConflictTitle'),
          content: t('errors.versionConflict'),
          okText: t('errors.reload'),
          onOk: () => {
            void qc.invalidateQueries();
            opts.onConflict?.();
          },
        });
        return;
      }
      const unplaced = applyFieldErrors(opts.form, err.fields);
      const extra = unplaced.map((f) => f.message).join('；');
      message.error(extra && !err.message.includes(extra) ? `${err.message} (${extra})` : err.message);
    },
    [message, modal, t, qc],
  );
}
