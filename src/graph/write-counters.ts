import type { WriteCounters } from './executor.ts';

export type { WriteCounters } from './executor.ts';

export function zeroCounters(): WriteCounters {
  return { nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0, propertiesSet: 0, labelsAdded: 0 };
}

/** Adds `b` into `a` (in place) and returns `a`. */
export function addCounters(a: WriteCounters, b: WriteCounters): WriteCounters {
  a.nodesCreated += b.nodesCreated;
  a.nodesDeleted += b.nodesDeleted;
  a.relationshipsCreated += b.relationshipsCreated;
  a.relationshipsDeleted += b.relationshipsDeleted;
  a.propertiesSet += b.propertiesSet;
  a.labelsAdded += b.labelsAdded;
  return a;
}
