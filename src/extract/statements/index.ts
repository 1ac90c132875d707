import type { Doc } from '../doc.ts';
import type { Resources } from '../pipeline.ts';
import type { Statement } from '../types.ts';
import { findDirect } from './direct.ts';
import type { Draft } from './draft.ts';
import { findIndirect } from './indirect.ts';
import { findPredicative } from './predicative.ts';
import type { QuoteSpan } from './quotes.ts';
import { inheritSettings, settingOf } from './setting.ts';
import { settingAfter } from './setting-after.ts';
import type { SpeakerScope } from './speaker.ts';
import { textUnits, type SentenceView } from './units.ts';
import { joinSplitQuotes } from './split-join.ts';
import { nameDescribedSources } from './named-source.ts';
import { chooseSpeakers } from './speaker-choice-apply.ts';

/** A line without final punctuation is a headline, caption or link ("Related: ..."), not reporting. */
function isReporting(view: SentenceView): boolean {
  return /[.!?:]["\u201d\u2019'\u00bb)\]]*$/.test(view.sentence.text.trim()) && !/^related\s*:/i.test(view.sentence.text);
}

/**
 * Component `statements`: direct and indirect speech with speakers, places and dates (see README
 * "Statements"). Reads sentences, tokens, mentions and entities; writes `doc.statements` only.
 */
export function findStatements(doc: Doc, resources?: Resources): void {
  const units = textUnits(doc);
  const scope: SpeakerScope = { doc, units, resources, memory: { said: [], documents: new Map() } };
  const used = new Set<QuoteSpan>();
  const drafts: Draft[] = [];
  let lastDirect: Draft | undefined;
  for (const view of units.sentences) {
    if (!isReporting(view)) {
      for (const q of units.quotes) if (q.end - 1 >= view.sentence.start && q.end - 1 < view.sentence.end) used.add(q);
      continue;
    }
    const here = [...findIndirect(scope, view, used), ...findDirect(scope, view, used, lastDirect)];
    here.push(...findPredicative(scope, view, (o) => here.some((d) => o >= d.start && o < d.end)));
    if (here.length === 0) settingAfter(scope, view, drafts);
    here.sort((a, b) => a.anchor - b.anchor);
    drafts.push(...here);
    lastDirect = [...here].reverse().find((d) => d.kind === 'direct') ?? (here.length > 0 ? undefined : lastDirect);
  }
  drafts.sort((a, b) => a.start - b.start);
  nameDescribedSources(doc, drafts);
  const seen = new Set<string>();
  const items = joinSplitQuotes(drafts, units.text)
    .flatMap((d) => d.speakers.map((speaker) => ({ d, speaker, setting: settingOf(doc, resources, d) })))
    .filter(({ d, speaker }) => {
      const id = `${speaker.name}\u0000${d.quote}`; // the same words by the same speaker count once
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    });
  inheritSettings(items.map((i) => ({ speaker: i.speaker.name, setting: i.setting, carries: i.d.settingCarries !== false })));
  doc.statements = items.map(({ d, speaker, setting }, n): Statement => {
    const sentence = units.byIndex(d.sentenceIndex)?.sentence;
    return {
      key: `stmt:${n + 1}`,
      kind: d.kind,
      speaker: speaker.name,
      speakerRef: speaker,
      quote: d.quote,
      place: setting.place,
      placeKey: setting.placeKey,
      date: setting.date,
      eventKeys: [],
      evidence: { start: d.start, end: d.end, sentenceIndex: d.sentenceIndex, sentence: sentence?.text ?? '' },
    };
  });
  if (resources?.speakerModel) chooseSpeakers(doc, resources.speakerModel);
}
