import type { Doc } from '../doc.ts';
import type { WorkingEvent } from './working-event.ts';

/**
 * Statements about an event: said in a sentence that mentions it, or in a paragraph that mentions only
 * that event. `keys` maps each working event that became an event to its key.
 */
export function linkStatements(doc: Doc, keys: ReadonlyMap<WorkingEvent, string>): void {
  const bySentence = new Map<number, Set<string>>();
  const byParagraph = new Map<number, Set<string>>();
  for (const [w, key] of keys) {
    for (const g of w.groups) {
      if (!bySentence.has(g.sentence.index)) bySentence.set(g.sentence.index, new Set());
      bySentence.get(g.sentence.index)!.add(key);
      if (!byParagraph.has(g.sentence.paragraph)) byParagraph.set(g.sentence.paragraph, new Set());
      byParagraph.get(g.sentence.paragraph)!.add(key);
    }
  }
  for (const st of doc.statements) {
    const keys = new Set(st.eventKeys);
    for (const k of bySentence.get(st.evidence.sentenceIndex) ?? []) keys.add(k);
    const para = doc.sentences[st.evidence.sentenceIndex]?.paragraph;
    const inPara = para === undefined ? undefined : byParagraph.get(para);
    if (keys.size === 0 && inPara?.size === 1) for (const k of inPara) keys.add(k);
    st.eventKeys = [...keys];
  }
}
