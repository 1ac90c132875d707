import { z } from 'zod';

/**
 * The answer-key shape of fixtures/README.md, read leniently: the scorer needs only these fields, so
 * both a gold file and an `Extraction` (a superset) parse, and missing lists count as empty.
 */
const range = z
  .object({ min: z.number().nullable().default(null), max: z.number().nullable().default(null) })
  .nullable();

const named = z.object({
  name: z.string(),
  aliases: z.array(z.string()).default([]),
  /** Only in an Extraction: where the article names it. Empty for an ancestor place added as structure. */
  mentions: z.array(z.unknown()).optional(),
  /** Only in an Extraction's places: its key and the key of its enclosing place. */
  key: z.string().optional(),
  parentKey: z.string().nullable().optional(),
});

const statement = z.object({
  speaker: z.string().nullable().default(null),
  kind: z.string().nullable().optional(),
  quote: z.string(),
});

const event = z.object({
  type: z.string(),
  date: z.string().nullable().default(null),
  place: z.string().nullable().default(null),
  placeAlternatives: z.array(z.string()).default([]),
  killed: range.default(null),
  injured: range.default(null),
});

const answerKey = z.object({
  id: z.string().optional(),
  people: z.array(named).default([]),
  organizations: z.array(named).default([]),
  places: z.array(named).default([]),
  statements: z.array(statement).default([]),
  events: z.array(event).default([]),
});

export type AnswerKey = z.infer<typeof answerKey>;
export type NamedEntry = z.infer<typeof named>;
export type StatementEntry = z.infer<typeof statement>;
export type EventEntry = z.infer<typeof event>;
export type FigureRange = z.infer<typeof range>;

/** Parses a gold or predicted answer key; throws a readable message naming `where` on a bad shape. */
export function parseAnswerKey(value: unknown, where: string): AnswerKey {
  const result = answerKey.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = issue?.path.join('.') ?? '';
    throw new Error(
      `${where}: not an answer key (${path ? `${path}: ` : ''}${issue?.message ?? 'bad shape'})`,
    );
  }
  return result.data;
}
