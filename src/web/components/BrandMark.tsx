/** Product name at the top of the menu. */
import { Flex, Typography } from 'antd';
import { HomeFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

export function BrandMark({ collapsed }: { collapsed: boolean }) {
  const { t } = useTranslation();
  return (
    <Flex
      align="center"
      gap={10}
      style={{ height: 52, padding: collapsed ? '0 16px' : '0 18px', overflow: 'hidden' }}
    >
      <Flex
        align="center"
        justify="center"
        style={{ width: 26, height: 26, borderRadius: 6, background: '#1677ff', flex: 'none' }}
      >
        <HomeFilled style={{ color: '#fff', fontSize: 15 }} />
      </Flex>
      {collapsed ? null : (
        <Flex vertical style={{ lineHeight: 1.15, minWidth: 0 }}>
          <Typography.Text strong style={{ color: '#fff', fontSize: 15, whiteSpace: 'nowrap' }}>
            {t('app.name')}
          </Typography.Text>
          <Typography.Text style={{ color: 'rgba(255,255,255,0.55)', fontSize: 11, whiteSpace: 'nowrap' }}>
            {t('app.tagline')}
          </Typography.Text>
        </Flex>
      )}
    </Flex>
  );
}
