/**
 * CUS-5: the classes of archive. A customer's archive is the 'owner' class (业户档案: owners
 * and occupants); the records register holds the others. Pure (the web UI imports it).
 */
export const RECORD_CLASSES = ['contract', 'correspondence', 'rules', 'internal'] as const;
export const ARCHIVE_CLASSES = ['owner', ...RECORD_CLASSES] as const;
export type ArchiveClass = (typeof ARCHIVE_CLASSES)[number];
