/** Centered spinner for the moments before the first data arrives (session check, lazy page). */
import { Flex, Spin } from 'antd';

export function FullPageSpin({ height = '100vh' }: { height?: number | string }) {
  return (
    <Flex align="center" justify="center" style={{ height }}>
      <Spin size="large" />
    </Flex>
  );
}
