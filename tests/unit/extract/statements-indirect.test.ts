import { describe, expect, it } from 'vitest';
import { pairs, statementsOf } from './statements-doc.ts';

describe('statements: indirect speech', () => {
  it('takes the reported clause after the verb, and after "that" where present', () => {
    const s = statementsOf('Mayor Ivan Petrov said the water supply was restored. The utility company confirmed that repairs were finished.');
    expect(pairs(s)).toEqual(['Ivan Petrov | the water supply was restored', 'The utility company | repairs were finished']);
    expect(s.every((x) => x.kind === 'indirect')).toBe(true);
  });

  it('starts the clause after a time adjunct and dates the statement', () => {
    // Published Wednesday 2019-03-13: "on Monday" is 2019-03-11.
    const [s] = statementsOf('Governor Nadia Farouk said on Monday she would visit the camps.');
    expect(s?.quote).toBe('she would visit the camps');
    expect(s?.date).toBe('2019-03-11');
  });

  it('reads where it was said from "told a news conference in X" and an opening setting', () => {
    const [a] = statementsOf('Envoy Karl Brandt told a news conference in Vienna that both sides had agreed to talk.');
    expect(a).toMatchObject({ speaker: 'Karl Brandt', quote: 'both sides had agreed to talk', place: 'Vienna' });
    const [b] = statementsOf('At a briefing on Tuesday, the spokesman said the convoy had arrived.');
    expect(b).toMatchObject({ speaker: 'the spokesman', quote: 'the convoy had arrived', date: '2019-03-12' });
  });

  it('reads where and when from a participle insert or an opening participle phrase', () => {
    const s = statementsOf('Envoy Lars Berg, speaking in Cairo on Monday, said the talks had stalled.\n\nSpeaking in Vienna on Tuesday, the mediator said a deal was near.');
    expect(s.map((x) => [x.speaker, x.place, x.date])).toEqual([['Lars Berg', 'Cairo', '2019-03-11'], ['the mediator', 'Vienna', '2019-03-12']]);
  });

  it('does not take a place from an appositive ("the commander in X")', () => {
    const [s] = statementsOf('General Ray Holt, the top commander in Norland, has requested that more troops be sent.');
    expect(s).toMatchObject({ speaker: 'Ray Holt', place: null });
  });

  it('does not make a statement of a speech verb with only a noun object', () => {
    expect(statementsOf('The army announced the agreement on Saturday.')).toEqual([]);
    expect(statementsOf('The group claimed responsibility for the attack, which killed nine people.')).toEqual([]);
    expect(statementsOf('Officials confirmed the deaths of two soldiers killed near the border.')).toEqual([]);
  });

  it('does not make a statement of a verb of thought ("experts believe")', () => {
    expect(statementsOf('Experts believe the group has fewer than 500 fighters.')).toEqual([]);
  });

  it('does not make a statement of a denied act of speech', () => {
    expect(statementsOf('Officials did not say how many people were wounded.')).toEqual([]);
    expect(statementsOf('Police have not said whether anyone was arrested.')).toEqual([]);
  });

  it('does not make a statement of "according to X" or of a passive report', () => {
    expect(statementsOf('At least 30 people died, according to the health ministry.')).toEqual([]);
    expect(statementsOf('Heavy fighting was reported in the north.')).toEqual([]);
  });

  it('reads "called on X to", "urged X to", "warned X not to", "accused X of" and "vowed to"', () => {
    const s = statementsOf([
      'The council called on both sides to return to the table.',
      'Aid groups urged donors to send more food.',
      'The militia warned residents not to leave their homes.',
      'Villagers accused the police of looting shops.',
      'The new commander vowed to retake the city.',
    ].join(' '));
    expect(pairs(s)).toEqual([
      'The council | both sides to return to the table',
      'Aid groups | donors to send more food',
      'The militia | residents not to leave their homes',
      'Villagers | the police of looting shops',
      'The new commander | to retake the city',
    ]);
  });

  it('reads "repeated the position that" and "expressed concern that"', () => {
    const s = statementsOf('Senator Rob Hale spoke first. He repeated the position that the election must go ahead. The League expressed concern that violence could spread.');
    expect(s.map((x) => x.quote)).toEqual(['the election must go ahead', 'violence could spread']);
  });

  it('ends a report where a coordinated report by someone else begins', () => {
    const s = statementsOf('The rebels say 12 soldiers died, but Colonel Amir Haddad told the radio that only four were killed and said the base held.');
    expect(pairs(s)).toEqual([
      'The rebels | 12 soldiers died',
      'Amir Haddad | only four were killed',
      'Amir Haddad | the base held',
    ]);
  });

  it('keeps a short quoted phrase inside the reported clause, as one indirect statement', () => {
    const [s] = statementsOf('Minister Sara Quist said the sides were "close to a deal" on prisoners.');
    expect(s).toMatchObject({ kind: 'indirect', quote: 'the sides were "close to a deal" on prisoners' });
  });

  it('makes a quotation that fills the reported clause a direct statement of the quoted words', () => {
    const [s] = statementsOf('The agency said the raid "shows contempt for the lives of civilians."');
    expect(s).toMatchObject({ kind: 'direct', quote: 'shows contempt for the lives of civilians.' });
  });

  it('reads an unquoted clause before a closing attribution', () => {
    const s = statementsOf('Judge Ellen Marsh opened the hearing. The trial will resume next week, she said.');
    expect(pairs(s)).toEqual(['Ellen Marsh | The trial will resume next week']);
  });

  it('reads a participle report with the subject of the sentence', () => {
    const s = statementsOf('Premier Yusuf Demir declined to comment, adding that an inquiry had begun.');
    expect(pairs(s)).toEqual(['Yusuf Demir | an inquiry had begun']);
  });

  it('reads "what X says is"', () => {
    const s = statementsOf('The drought has caused what the agency says is the worst famine in decades.');
    expect(pairs(s)).toEqual(['the agency | is the worst famine in decades']);
  });

  it('skips a wire dateline and an inserted condition phrase', () => {
    const s = statementsOf([
      'PORTVILLE, Norland (AP) \u2014 A bomb hit the market on Friday, police said.',
      'Three officers said, speaking on condition of anonymity because the inquiry was still open, that the road would reopen.',
    ].join('\n\n'));
    expect(pairs(s)).toEqual(['police | A bomb hit the market on Friday', 'Three officers | the road would reopen']);
  });

  it('skips a named audience with its media noun ("told the BBC\'s Hausa service")', () => {
    expect(pairs(statementsOf("Captain Ali Farah told the BBC's Hausa service the attackers stormed the building.")))
      .toEqual(['Ali Farah | the attackers stormed the building']);
  });

  it('reads "told <audience> in an interview that" and needs a clause after a bare audience', () => {
    expect(pairs(statementsOf('Mayor Dan Ross told the news agency in a telephone interview that the water was safe.')))
      .toEqual(['Dan Ross | the water was safe']);
    expect(statementsOf('The minister told the agency about the plan.')).toEqual([]);
  });

  it('reads a closing attribution with the verb first ("..., said Colonel X, a spokesman.")', () => {
    const s = statementsOf('The blast destroyed two houses, said Colonel Ines Varga, a police spokeswoman.');
    expect(pairs(s)).toEqual(['Ines Varga | The blast destroyed two houses']);
  });

  it('leaves out the reporter\'s "but did not give details" and "a claim X denies" tails', () => {
    const s = statementsOf('The alliance said a soldier was killed in the south, but did not provide further details. The rebels said they had downed a drone, a claim the army denied.');
    expect(pairs(s)).toEqual(['The alliance | a soldier was killed in the south', 'The rebels | they had downed a drone']);
  });
});
