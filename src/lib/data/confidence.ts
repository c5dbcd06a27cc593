/**
 * How sure the sources are about an event. Kept apart from the schema so that pages can use the
 * list without loading the validator.
 */
export const CONFIDENCE = ['confirmed', 'single-source', 'conflicting'] as const;
