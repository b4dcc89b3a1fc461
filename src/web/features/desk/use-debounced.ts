/** A value that follows another after it has stopped changing for `ms` — typing, not every key. */
import { useEffect, useState } from 'react';

/**
 * @example const phone = useDebounced(typed, 250); // looked up once the clerk pauses
 */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
