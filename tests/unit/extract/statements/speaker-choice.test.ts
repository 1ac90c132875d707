import { describe, expect, it } from 'vitest';
import { findStatements } from '../../../../src/extract/statements/index.ts';
import { chooseSpeakers, pickCandidate, type SpeakerChoiceModel } from '../../../../src/extract/statements/speaker-choice-apply.ts';
import { candidateId, choiceContext, speakerCandidates } from '../../../../src/extract/statements/speaker-choice-candidates.ts';
import { candidateFeatures, pronounSubject } from '../../../../src/extract/statements/speaker-choice-features.ts';
import { phraseVariants } from '../../../../src/extract/statements/speaker-choice-variants.ts';
import type { Doc } from '../../../../src/extract/doc.ts';
import { entitiesOf, smallGazetteer } from '../helpers/entities-doc.ts';

/** A made-up article through the real entities and statements components. */
function docOf(body: string): Doc {
  const doc = entitiesOf(body);
  findStatements(doc, { gazetteer: smallGazetteer() });
  return doc;
}

const TWO_SPEAKERS =
  'Maria Lopez, the spokeswoman for the Harbor Relief Agency, said on Monday that the convoy was delayed at the bridge. ' +
  '"We are still waiting for the trucks," she said.';

describe('speaker choice: candidates', () => {
  it('offers the rules\u2019 speaker first, then the people and organizations named in and before the statement', () => {
    const doc = docOf(TWO_SPEAKERS);
    const ctx = choiceContext(doc);
    const last = doc.statements.length - 1;
    const names = speakerCandidates(ctx, last, doc.statements[last]!.speakerRef).map((c) => c.ref.name);
    expect(names[0]).toBe(doc.statements[last]!.speaker);
    expect(names).toContain('Maria Lopez');
    expect(names).toContain('Harbor Relief Agency');
  });

  it('offers other extents of an anonymous phrase: up to the speech verb, and cut before a post-modifier', () => {
    const doc = docOf('Aid workers in the border town of Kelmar said the road was closed.');
    const ctx = choiceContext(doc);
    const sentence = doc.sentences[0]!;
    const phrase = 'Aid workers in the border town';
    const at = { start: sentence.start, end: sentence.start + phrase.length, text: phrase, sentenceIndex: 0, type: 'generic' as const, entityKey: null };
    const variants = phraseVariants(ctx, { type: 'anonymous', name: phrase, key: null }, at);
    expect(variants.map((v) => `${v.variant}: ${v.ref.name}`)).toEqual(expect.arrayContaining([
      'toVerb: Aid workers in the border town of Kelmar',
      'cut:in: Aid workers',
    ]));
  });
});

describe('speaker choice: features', () => {
  it('marks the subject of the speech verb and the organization inside the apposition differently', () => {
    const doc = docOf(TWO_SPEAKERS);
    const ctx = choiceContext(doc);
    const candidates = speakerCandidates(ctx, 0, doc.statements[0]!.speakerRef);
    const ruleId = candidateId(doc.statements[0]!.speakerRef);
    const featuresOf = (name: string): Set<string> =>
      new Set(candidateFeatures(ctx, 0, candidates.find((c) => c.ref.name === name)!, ruleId, { withRule: false }).keys());
    expect(featuresOf('Maria Lopez').has('sentenceStart')).toBe(true);
    expect(featuresOf('Harbor Relief Agency').has('pos:before&inPhrase')).toBe(true);
    expect(featuresOf('Harbor Relief Agency').has('sentenceStart')).toBe(false);
  });

  it('finds a pronoun subject of a speech verb outside the quote, and none in a quote alone', () => {
    const doc = docOf(TWO_SPEAKERS);
    const ctx = choiceContext(doc);
    expect(pronounSubject(ctx, doc.statements.at(-1)!)).toBe('he');
    expect(pronounSubject(ctx, doc.statements[0]!)).toBeNull();
  });

  it('adds the rules\u2019 pick as a feature only when asked', () => {
    const doc = docOf(TWO_SPEAKERS);
    const ctx = choiceContext(doc);
    const rule = doc.statements[0]!.speakerRef;
    const [first] = speakerCandidates(ctx, 0, rule);
    expect([...candidateFeatures(ctx, 0, first!, candidateId(rule), { withRule: true }).keys()].some((k) => k.startsWith('rule&'))).toBe(true);
    expect([...candidateFeatures(ctx, 0, first!, candidateId(rule), { withRule: false }).keys()].some((k) => k.startsWith('rule&'))).toBe(false);
  });
});

describe('speaker choice: apply', () => {
  const preferOrganizations: SpeakerChoiceModel = { bias: 0, weights: { 'type:organization': 8 }, margin: 0, withRule: false };

  it('keeps the rules\u2019 candidate unless another beats it by the margin', () => {
    const rows = [new Map([['a', 1]]), new Map([['b', 1]])];
    expect(pickCandidate({ bias: 0, weights: { b: 1 }, margin: 0, withRule: false }, rows)).toBe(1);
    expect(pickCandidate({ bias: 0, weights: { b: 1 }, margin: 0.9, withRule: false }, rows)).toBe(0);
    expect(pickCandidate({ bias: 0, weights: { a: 1 }, margin: 0, withRule: false }, rows)).toBe(0);
  });

  it('rewrites speaker, speakerRef and keys together when the model picks another candidate', () => {
    const doc = docOf(TWO_SPEAKERS);
    expect(doc.statements[0]!.speaker).toBe('Maria Lopez');
    chooseSpeakers(doc, preferOrganizations);
    for (const s of doc.statements) {
      expect(s.speaker).toBe('Harbor Relief Agency');
      expect(s.speakerRef).toMatchObject({ type: 'organization', name: 'Harbor Relief Agency' });
    }
    expect(doc.statements.map((s) => s.key)).toEqual(doc.statements.map((_, i) => `stmt:${i + 1}`));
  });

  it('leaves statements that share a quote ("X and Y said") to the rules', () => {
    const doc = docOf('Maria Lopez and Daniel Brandt said the convoy was delayed at the bridge by the Harbor Relief Agency.');
    const before = doc.statements.map((s) => s.speaker);
    expect(before.length).toBe(2);
    chooseSpeakers(doc, preferOrganizations);
    expect(doc.statements.map((s) => s.speaker)).toEqual(before);
  });

  it('runs inside findStatements only when the resources carry a model', () => {
    const doc = entitiesOf(TWO_SPEAKERS);
    findStatements(doc, { gazetteer: smallGazetteer(), speakerModel: preferOrganizations });
    expect(doc.statements.map((s) => s.speaker)).toContain('Harbor Relief Agency');
    expect(docOf(TWO_SPEAKERS).statements.map((s) => s.speaker)).not.toContain('Harbor Relief Agency');
  });
});
