/**
 * Fee items arrive as every version of every code (FEE-1). The list shows one row per code:
 * the version in effect today, with the older and the scheduled ones beside it. A version
 * runs until the day before the next one starts (the server prices a day at the latest
 * version started by then) or until its own end date, whichever comes first. Pure.
 */
import dayjs from 'dayjs';
import type { FeeItemDto } from './setup-api.ts';

export type VersionState = 'current' | 'scheduled' | 'past';

export interface FeeVersion extends FeeItemDto {
  /** Last day this version prices, or null when open-ended. */
  until: string | null;
  state: VersionState;
}

export interface FeeItemGroup {
  code: string;
  /** The version in effect today; else the next scheduled one; else the last one. */
  shown: FeeVersion;
  /** The highest version: a price change must start after it. */
  latest: FeeVersion;
  /** A version that starts after the shown one (a price change already decided). */
  upcoming: FeeVersion | null;
  versions: FeeVersion[];
}

const dayBefore = (day: string) => dayjs(day).subtract(1, 'day').format('YYYY-MM-DD');

function withState(items: FeeItemDto[], today: string): FeeVersion[] {
  const sorted = [...items].sort((a, b) => a.version - b.version);
  return sorted.map((v, i) => {
    const next = sorted[i + 1];
    const ends = [v.effectiveTo, next ? dayBefore(next.effectiveFrom) : null]
      .filter((d): d is string => d !== null)
      .sort();
    const until = ends[0] ?? null;
    const state: VersionState =
      v.effectiveFrom > today ? 'scheduled' : until !== null && until < today ? 'past' : 'current';
    return { ...v, until, state };
  });
}

/**
 * @example groupFeeItems(items, '2026-11-25')[0].shown.state // 'current'
 */
export function groupFeeItems(items: FeeItemDto[], today: string): FeeItemGroup[] {
  const byCode = new Map<string, FeeItemDto[]>();
  for (const i of items) byCode.set(i.code, [...(byCode.get(i.code) ?? []), i]);
  return [...byCode].map(([code, list]) => {
    const versions = withState(list, today);
    const latest = versions[versions.length - 1]!;
    const shown =
      versions.find((v) => v.state === 'current') ?? versions.find((v) => v.state === 'scheduled') ?? latest;
    const upcoming = versions.find((v) => v.version > shown.version && v.state === 'scheduled') ?? null;
    return { code, shown, latest, upcoming, versions };
  });
}
