/**
 * CUS-5: the classes of archive. A customer's archive is the 'owner' class (业户档案: owners
 * and occupants); the records register holds the others. With the archive states, what a
 * loan addresses and the access-log kinds. Pure (the web UI imports it).
 */
export const RECORD_CLASSES = ['contract', 'correspondence', 'rules', 'internal'] as const;
export const ARCHIVE_CLASSES = ['owner', ...RECORD_CLASSES] as const;
export type ArchiveClass = (typeof ARCHIVE_CLASSES)[number];

/** What a loan or the list addresses: a customer's archive (CUS-1) or a record of another class (CUS-5). */
export const SUBJECT_TYPES = ['customer', 'record'] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];

/** CUS-3 access-log kinds; pass_call: the number shown to the desk for a release pass's confirmation call (REL-4, passes/call-number.ts). */
export const ACCESS_KINDS = ['open', 'export', 'emergency_list', 'pass_call'] as const;
export type AccessKind = (typeof ACCESS_KINDS)[number];

/** CUS-5: an archive is open to changes, sealed (a moved-out tenant) or transferred (a former owner). */
export const ARCHIVE_STATES = ['active', 'sealed', 'transferred'] as const;
export type ArchiveState = (typeof ARCHIVE_STATES)[number];
