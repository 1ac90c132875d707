import { createDoc, type Doc } from '../../../src/extract/doc.ts';
import { splitSentences } from '../../../src/extract/sentences.ts';
import { findStatements } from '../../../src/extract/statements/index.ts';
import type { Statement } from '../../../src/extract/types.ts';

/** A document with sentences only (no entities component), so the statement finder's own rules decide. */
export function buildDoc(body: string, published: string | null = '2019-03-13'): Doc {
  const doc = createDoc({ id: 'test', title: 'Test', body, published, url: null, publisher: null });
  splitSentences(doc);
  return doc;
}

export function statementsOf(body: string, published: string | null = '2019-03-13'): Statement[] {
  const doc = buildDoc(body, published);
  findStatements(doc);
  return doc.statements;
}

/** "speaker | quote" lines, the shape most assertions read best in. */
export function pairs(statements: Statement[]): string[] {
  return statements.map((s) => `${s.speaker} | ${s.quote}`);
}
