import { describe, expect, it } from 'vitest';
import { pairs, statementsOf } from '../statements-doc.ts';

describe('statements (round 8): general reporting verbs completed in the lexicon', () => {
  it('reads a clause after reaffirmed, countered and reassured', () => {
    expect(pairs(statementsOf('The mayor reaffirmed the ferry would sail on Monday.')))
      .toEqual(['The mayor | the ferry would sail on Monday']);
    expect(pairs(statementsOf('The ministry countered that the figures were wrong.')))
      .toEqual(['The ministry | the figures were wrong']);
    expect(pairs(statementsOf('The governor reassured residents the water was safe to drink.')))
      .toEqual(['The governor | residents the water was safe to drink']);
  });

  it('reads a that-clause after underlined, lamented and charged, but no bare noun object', () => {
    expect(pairs(statementsOf('The envoy underlined that both sides had kept the truce.')))
      .toEqual(['The envoy | both sides had kept the truce']);
    expect(pairs(statementsOf('The governor lamented that the clinic had been looted twice.')))
      .toEqual(['The governor | the clinic had been looted twice']);
    expect(pairs(statementsOf('The navy charged that a patrol boat had fired first.')))
      .toEqual(['The navy | a patrol boat had fired first']);
    expect(pairs(statementsOf('The envoy underlined the need for talks.'))).toEqual([]);
  });

  it('reads "called upon X to", "pleaded with X to" and "requested X to"', () => {
    expect(pairs(statementsOf('The council called upon both militias to leave the port.')))
      .toEqual(['The council | both militias to leave the port']);
    expect(pairs(statementsOf('The mayor pleaded with the gunmen to free the teachers.')))
      .toEqual(['The mayor | the gunmen to free the teachers']);
    expect(pairs(statementsOf('The police requested residents to stay indoors.')))
      .toEqual(['The police | residents to stay indoors']);
  });

  it('reads "claimed to have" as a claim, not "claim to" in a description', () => {
    expect(pairs(statementsOf('The rebels claimed to have shot down a helicopter.')))
      .toEqual(['The rebels | to have shot down a helicopter']);
    expect(pairs(statementsOf('The fishermen, who claim to follow old customs, sailed at dawn.'))).toEqual([]);
  });

  it('reads no statement from "observing" a plan (watching, not speaking)', () => {
    expect(pairs(statementsOf('Envoys are weighing the government\'s good faith in observing the plan.'))).toEqual([]);
  });

  it('drops a leading time phrase from the speaker ("although in recent weeks officers claim ...")', () => {
    expect(pairs(statementsOf('The unit is small, although in recent weeks officers claim to have seized two depots.')))
      .toEqual(['officers | to have seized two depots']);
    expect(pairs(statementsOf('The port reopened, and last week officials said the cranes were working.')))
      .toEqual(['officials | the cranes were working']);
  });

  it('gives "X was quoted/cited by <outlet> as saying" to X, not to the outlet', () => {
    expect(pairs(statementsOf('The governor was quoted by local radio as saying the road would reopen on Monday.')))
      .toEqual(['The governor | the road would reopen on Monday']);
    expect(pairs(statementsOf('The governor was cited by the Valley Times newspaper as saying the road would reopen.')))
      .toEqual(['The governor | the road would reopen']);
  });

  it('reads a relative clause on the setting of a closing attribution as setting, not as the report', () => {
    expect(pairs(statementsOf('Gunmen attacked the village at dawn, the ministry said in a statement read on state television that did not name the attackers.')))
      .toEqual(['the ministry | Gunmen attacked the village at dawn']);
    // a that-clause after the setting is still the report; after a time word "that" may be its subject
    expect(pairs(statementsOf('The ministry said in a statement that the attackers fled.')))
      .toEqual(['The ministry | the attackers fled']);
    expect(pairs(statementsOf('The ministry said on Monday that was the worst attack in years.')))
      .toEqual(['The ministry | was the worst attack in years']);
  });

  it('reads "that night/evening" after a speech verb as a time phrase, not as a that-clause', () => {
    expect(pairs(statementsOf('The governor told reporters that night that the gunmen had fled.')))
      .toEqual(['The governor | the gunmen had fled']);
    expect(pairs(statementsOf('The gunmen fled into the hills, the governor said that evening.')))
      .toEqual(['the governor | The gunmen fled into the hills']);
    // a that-clause whose subject is a time noun with a possessive stays a report
    expect(pairs(statementsOf("The governor said that day's attack was the worst in years.")))
      .toEqual(["The governor | day's attack was the worst in years"]);
  });

  it('skips a prepositional phrase between the verb and its "that" ("said during a visit to X that ...")', () => {
    expect(pairs(statementsOf('The governor said during a visit to the valley that the curfew would be lifted.')))
      .toEqual(['The governor | the curfew would be lifted']);
    expect(pairs(statementsOf('The governor said after meeting the elders that the curfew would be lifted.')))
      .toEqual(['The governor | the curfew would be lifted']);
    expect(pairs(statementsOf('The governor said, without giving evidence, that the rebels had fired first.')))
      .toEqual(['The governor | the rebels had fired first']);
    expect(pairs(statementsOf('The governor said last Tuesday that the curfew would be lifted.')))
      .toEqual(['The governor | the curfew would be lifted']);
    // a relative "that" on the phrase's noun opens no report
    expect(pairs(statementsOf('The governor spoke during a visit to a town that was shelled.'))).toEqual([]);
    expect(pairs(statementsOf('The governor said during a visit to a town that was shelled.'))).toEqual([]);
  });

  it('skips an unnamed place after the audience of "told" ("told reporters in the capital <clause>")', () => {
    expect(pairs(statementsOf('The mayor told reporters in the capital the teachers had been freed.')))
      .toEqual(['The mayor | the teachers had been freed']);
    // no clause after the place: no report
    expect(pairs(statementsOf('The mayor told reporters in the capital about the flood.'))).toEqual([]);
  });
});
