/**
 * The customer signs on screen (REP-5, and every occupancy form). A plain <canvas> drawn with the pointer (mouse, pen or
 * finger); every finished stroke hands the drawing up as a PNG data URL, which the server
 * stores with the ticket. Null until something is drawn.
 */
import { useEffect, useRef } from 'react';
import { Button, Flex, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';

const WIDTH = 480;
const HEIGHT = 160;

export function SignaturePad({
  onChange,
  prompt,
}: {
  onChange(dataUrl: string | null): void;
  /** Catalogue key of the line above the pad. */ prompt?: 'signature.signHere' | 'tickets.signHere';
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  const inked = useRef(false);

  useEffect(() => {
    const c = canvas.current!;
    // Drawn at up to twice the pixels so the signature is sharp on a high-density screen, yet small to store.
    const scale = Math.min(2, window.devicePixelRatio || 1);
    c.width = WIDTH * scale;
    c.height = HEIGHT * scale;
    const ctx = c.getContext('2d')!;
    ctx.scale(scale, scale);
    ctx.lineWidth = 2.2;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.strokeStyle = '#1f1f1f';
  }, []);

  const point = (e: React.PointerEvent<HTMLCanvasElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    return { x: ((e.clientX - r.left) * WIDTH) / r.width, y: ((e.clientY - r.top) * HEIGHT) / r.height };
  };
  const down = (e: React.PointerEvent<HTMLCanvasElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    drawing.current = true;
    const ctx = e.currentTarget.getContext('2d')!;
    const p = point(e);
    ctx.beginPath();
    ctx.moveTo(p.x, p.y);
  };
  const move = (e: React.PointerEvent<HTMLCanvasElement>) => {
    if (!drawing.current) return;
    const ctx = e.currentTarget.getContext('2d')!;
    const p = point(e);
    ctx.lineTo(p.x, p.y);
    ctx.stroke();
    inked.current = true;
  };
  const up = () => {
    if (!drawing.current) return;
    drawing.current = false;
    if (inked.current) onChange(canvas.current!.toDataURL('image/png'));
  };
  const clear = () => {
    const c = canvas.current!;
    c.getContext('2d')!.clearRect(0, 0, WIDTH, HEIGHT);
    inked.current = false;
    onChange(null);
  };

  return (
    <Flex vertical gap={4}>
      <Flex justify="space-between" align="baseline">
        <Typography.Text type="secondary">{t(prompt ?? 'signature.signHere')}</Typography.Text>
        <Button size="small" type="link" onClick={clear}>
          {t('signature.clear')}
        </Button>
      </Flex>
      <canvas
        ref={canvas}
        data-testid="signature-pad"
        onPointerDown={down}
        onPointerMove={move}
        onPointerUp={up}
        onPointerLeave={up}
        style={{
          width: WIDTH,
          maxWidth: '100%',
          height: HEIGHT,
          border: `1px dashed ${token.colorBorder}`,
          borderRadius: token.borderRadius,
          background: '#fff',
          touchAction: 'none',
          cursor: 'crosshair',
        }}
      />
    </Flex>
  );
}
