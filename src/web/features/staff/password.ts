/**
 * Initial passwords a manager reads out or writes down: no look-alike characters (0/O, 1/l/I),
 * always letters and digits, so they pass the server's rule (platform/auth/passwords.ts).
 */
const LETTERS = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '23456789';

function pick(alphabet: string, n: number): string {
  const bytes = new Uint32Array(n);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

/**
 * @example generatePassword() // 'Hkq7mTz4Pw'
 */
export function generatePassword(length = 10): string {
  const letters = pick(LETTERS, length - 3);
  const digits = pick(DIGITS, 3);
  // Digits at fixed positions keep it readable aloud: four letters, digit, letters, digits.
  return `${letters.slice(0, 4)}${digits[0]}${letters.slice(4)}${digits.slice(1)}`;
}
