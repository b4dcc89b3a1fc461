/**
 * 受理台 — the front desk's intake page: the form on the left; beside it the taboo-phrase
 * warning on what is being typed, the greeting and the standard phrases (PHR-1). After a save
 * the ticket's number and forwarding countdown replace the form until the next call.
 */
import { useState } from 'react';
import { Card, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../app/project.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useServerClockSync } from '../tickets/api.ts';
import { IntakeForm } from './IntakeForm.tsx';
import { AfterSave } from './AfterSave.tsx';
import { PhrasePanel } from './PhrasePanel.tsx';
import { TabooHint } from './TabooHint.tsx';
import type { Ticket } from '../tickets/types.ts';

export default function DeskPage() {
  const { t } = useTranslation();
  const { projectId } = useProject();
  useServerClockSync(projectId);
  const [saved, setSaved] = useState<Ticket | null>(null);
  // A new key gives the next call a fresh form: empty fields, no caller, a new idempotency key.
  const [call, setCall] = useState(0);
  const [typed, setTyped] = useState('');

  const next = () => {
    setSaved(null);
    setTyped('');
    setCall((n) => n + 1);
  };

  return (
    <>
      <PageHeader title={t('desk.title')} />
      <Flex gap={12} align="start">
        <div style={{ flex: 1, minWidth: 0, maxWidth: 820 }}>
          {saved ? (
            <AfterSave ticket={saved} onNext={next} />
          ) : (
            <Card>
              <IntakeForm key={call} onSaved={setSaved} onText={setTyped} />
            </Card>
          )}
        </div>
        <Flex vertical gap={12} style={{ width: 400, flex: 'none' }}>
          {saved ? null : <TabooHint text={typed} />}
          <PhrasePanel />
        </Flex>
      </Flex>
    </>
  );
}
