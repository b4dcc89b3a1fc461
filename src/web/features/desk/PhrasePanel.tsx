/**
 * Beside the form (PHR-1, TKT-7): the project's greeting and the standard phrases in Chinese
 * and English, grouped as the manual groups them — click one to copy it.
 */
import { App, Card, Flex, Typography, theme } from 'antd';
import { CopyOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../app/labels.ts';
import { useProject } from '../../app/project.tsx';
import { usePhrases } from './api.ts';
import { copyText } from './copy-text.ts';

function Phrase({ text, secondary }: { text: string; secondary?: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { token } = theme.useToken();
  return (
    <Typography.Text
      type={secondary ? 'secondary' : undefined}
      style={{
        cursor: 'copy',
        display: 'block',
        fontSize: secondary ? 12 : undefined,
        borderRadius: token.borderRadiusSM,
      }}
      title={t('desk.copyHint')}
      onClick={() => void copyText(text).then(() => message.success(t('desk.copied')))}
      data-testid="phrase"
    >
      {text}
    </Typography.Text>
  );
}

export function PhrasePanel() {
  const { t, i18n } = useTranslation();
  const label = useLabel();
  const { projectId } = useProject();
  const phrases = usePhrases(projectId);
  const en = i18n.language === 'en';
  const p = phrases.data;
  return (
    <>
      <Card size="small" title={t('desk.greeting')} loading={phrases.isPending} data-testid="greeting">
        {p ? (
          <Flex vertical gap={4}>
            <Typography.Text strong style={{ fontSize: 15 }}>
              <Phrase text={en ? p.greetingEn : p.greetingZh} />
            </Typography.Text>
            <Phrase text={en ? p.greetingZh : p.greetingEn} secondary />
          </Flex>
        ) : null}
      </Card>
      <Card
        size="small"
        title={t('desk.phrases')}
        extra={
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            <CopyOutlined /> {t('desk.copyHint')}
          </Typography.Text>
        }
        loading={phrases.isPending}
      >
        <Flex vertical gap={12}>
          {(p?.groups ?? []).map((g) => (
            <Flex key={g.group} vertical gap={6}>
              <Typography.Text type="secondary" strong style={{ fontSize: 12 }}>
                {label('phraseGroup', g.group)}
              </Typography.Text>
              {g.phrases.map((ph) => (
                <div key={ph.key}>
                  <Phrase text={en ? ph.en : ph.zh} />
                  <Phrase text={en ? ph.zh : ph.en} secondary />
                </div>
              ))}
            </Flex>
          ))}
        </Flex>
      </Card>
    </>
  );
}
