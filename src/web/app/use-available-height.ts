/**
 * Height left for an element from its top edge to the bottom of the window, kept current
 * on resize — so a page of side-by-side panels fits the screen and only the panels scroll.
 */
import { useEffect, useState, type RefObject } from 'react';

/**
 * @example const ref = useRef<HTMLDivElement>(null); const h = useAvailableHeight(ref, 16);
 */
export function useAvailableHeight(ref: RefObject<HTMLElement | null>, bottomGap = 16, min = 320): number {
  const [h, setH] = useState(() => Math.max(min, window.innerHeight - 180));
  useEffect(() => {
    const measure = () => {
      const top = ref.current ? ref.current.getBoundingClientRect().top + window.scrollY : 180;
      setH(Math.max(min, Math.floor(window.innerHeight - top - bottomGap)));
    };
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  });
  return h;
}
