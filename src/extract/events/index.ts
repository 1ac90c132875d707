import type { Doc } from '../doc.ts';
import type { Resources } from '../pipeline.ts';

/** Placeholder until the component lands. */
export function findEvents(_doc: Doc, _resources: Resources): void {}
