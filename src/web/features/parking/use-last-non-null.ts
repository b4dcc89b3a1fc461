/** The last non-null value seen, so a closing dialog keeps its title and amount while it fades out. */
import { useState } from 'react';

export function useLastNonNull<T>(value: T | null): T | null {
  const [last, setLast] = useState(value);
  // Updating state while rendering is React's documented way to follow a prop.
  if (value !== null && value !== last) setLast(value);
  return value ?? last;
}
