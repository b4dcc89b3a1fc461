/** What happened to an archive and who did it (the values stay on the server, CUS-3). */
import { Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatTime } from '../../app/time.ts';
import { useArchiveLabel } from './labels.ts';

export function ArchiveHistory({
  entries,
}: {
  entries: { action: string; actorName: string | null; at: string }[];
}) {
  const { t } = useTranslation();
  const label = useArchiveLabel();
  const formatTime = useFormatTime();
  return (
    <div>
      <Typography.Title level={5}>{t('archives.history.title')}</Typography.Title>
      <Timeline
        items={[...entries].reverse().map((e, i) => ({
          key: i,
          children: (
            <>
              <Typography.Text>{label('history', e.action)}</Typography.Text>
              <br />
              <Typography.Text type="secondary">
                {formatTime(e.at)} · {e.actorName ?? t('archives.history.system')}
              </Typography.Text>
            </>
          ),
        }))}
      />
    </div>
  );
}
