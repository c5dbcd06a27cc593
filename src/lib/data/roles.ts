/** Which role a person held on a day: people change jobs during the story. */
import type { PersonEntry } from './types';

/**
 * The role held on `day` (ISO): the first earlier role that had not yet ended, else the current
 * one. Without a day, the current role (as of the end of the story).
 */
export function roleOn(
	person: Pick<PersonEntry, 'role' | 'earlierRoles'>,
	day?: string | null
): string {
	if (!day) return person.role;
	for (const r of person.earlierRoles ?? []) if (day < r.until) return r.role;
	return person.role;
}
