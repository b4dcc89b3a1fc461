/** Today's date where the project is (a cashier in Beijing bills by Beijing's calendar). */
import { useProject } from '../../app/project.tsx';
import { todayIn } from '../reports/week.ts';

export function useProjectToday(): string {
  return todayIn(useProject().timeZone);
}
