/** Runs one step of a pass and refreshes every custody list; a refusal is shown, nothing else changes. */
import { useState } from 'react';
import type { FormInstance } from 'antd';
import { useErrorReporter } from '../../../app/errors.ts';
import { useProject } from '../../../app/project.tsx';
import { passApi, useRefresh, type PassDto } from '../api.ts';

export function usePassStep(passId: string): {
  busy: boolean;
  run(step: Parameters<typeof passApi.step>[2], body?: unknown, form?: FormInstance): Promise<PassDto | null>;
} {
  const { projectId } = useProject();
  const report = useErrorReporter();
  const refresh = useRefresh(projectId);
  const [busy, setBusy] = useState(false);
  return {
    busy,
    async run(step, body = {}, form) {
      setBusy(true);
      try {
        const p = await passApi.step(projectId, passId, step, body);
        await refresh();
        return p;
      } catch (err) {
        report(err, { form });
        return null;
      } finally {
        setBusy(false);
      }
    },
  };
}
