/** 中文 / English switch; for a logged-in user the choice is also saved on the account. */
import { Button, Dropdown, Segmented } from 'antd';
import { GlobalOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { put } from '../app/api.ts';
import { LANGS, switchLang, type Lang } from '../app/i18n.ts';

async function choose(lang: Lang, saveOnAccount: boolean): Promise<void> {
  await switchLang(lang);
  // Sets the pd_lang cookie server-side too and, when logged in, the account's language.
  if (saveOnAccount) await put('/api/auth/locale', { locale: lang }).catch(() => {});
}

/** `segmented` for the login page, `menu` (a compact dropdown) for the header. */
export function LanguageSwitch({ variant, loggedIn }: { variant: 'segmented' | 'menu'; loggedIn: boolean }) {
  const { i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  if (variant === 'segmented') {
    return (
      <Segmented<Lang>
        size="small"
        value={lang}
        options={LANGS}
        onChange={(v) => void choose(v, loggedIn)}
        data-testid="lang-switch"
      />
    );
  }
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        selectable: true,
        selectedKeys: [lang],
        items: LANGS.map((l) => ({ key: l.value, label: l.label })),
        onClick: ({ key }) => void choose(key as Lang, loggedIn),
      }}
    >
      <Button type="text" icon={<GlobalOutlined />} data-testid="lang-menu">
        {LANGS.find((l) => l.value === lang)?.label}
      </Button>
    </Dropdown>
  );
}
