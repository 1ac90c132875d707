import { randomBytes } from 'node:crypto';

/**
 * A letters-only token that makes made-up names and urls unique to one test run, so tests that share
 * the database never meet each other's entities and can delete exactly what they wrote.
 */
export function testToken(length = 8): string {
  const letters = 'bcdfghjklmnpqrstvwxz';
  return [...randomBytes(length)].map((b) => letters[b % letters.length]).join('');
}

/** "Qx" + token, capitalised, usable as a name word: "Jane Qxbrtk". */
export function madeUpWord(): string {
  const t = testToken(6);
  return `Qu${t}`;
}
