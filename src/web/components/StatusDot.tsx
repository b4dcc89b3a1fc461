/** A small coloured dot with the status label as its accessible name and tooltip. */
export function StatusDot({ colour, label, size = 8 }: { colour: string; label: string; size?: number }) {
  return (
    <span
      role="img"
      aria-label={label}
      title={label}
      style={{
        display: 'inline-block',
        width: size,
        height: size,
        borderRadius: '50%',
        background: colour,
        flex: 'none',
        verticalAlign: 'middle',
      }}
    />
  );
}
