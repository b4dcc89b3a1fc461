/**
 * The server's message catalogue is the platform's own keys plus every module's, registered
 * from the module list (src/server/modules/index.ts). A key belongs to exactly one owner:
 * registering it twice is a programming error, found at start-up, not a silent override.
 */
export type Catalogue = Record<string, string>;

export const zh: Catalogue = {};
export const en: Catalogue = {};
const ownerOf = new Map<string, string>();

export function registerMessages(owner: string, messages: { zh: Catalogue; en: Catalogue }): void {
  for (const key of Object.keys(messages.zh)) {
    const prev = ownerOf.get(key);
    if (prev !== undefined && prev !== owner)
      throw new Error(`message key ${key} of ${owner} is already ${prev}'s`);
  }
  for (const key of Object.keys(messages.zh)) ownerOf.set(key, owner);
  Object.assign(zh, messages.zh);
  Object.assign(en, messages.en);
}

/** Which owner registered a key (for the catalogue's completeness test). */
export function ownerOfKey(key: string): string | undefined {
  return ownerOf.get(key);
}
