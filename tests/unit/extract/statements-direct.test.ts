import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/extract/statements/quotes.ts';
import { pairs, statementsOf } from './statements-doc.ts';

describe('statements: quotation marks', () => {
  it('finds straight, curly, single and guillemet quotes but not apostrophes', () => {
    const text = `"One." \u201cTwo.\u201d \u2018Three.\u2019 'Four.' \u00abFive.\u00bb The rebels' base in Sana'a.`;
    expect(findQuotes(text).map((q) => q.inner)).toEqual(['One.', 'Two.', 'Three.', 'Four.', 'Five.']);
  });

  it('joins a quotation that runs over a paragraph break', () => {
    const text = '"The first part ends here.\n\n"The second part ends there."';
    expect(findQuotes(text).map((q) => q.inner)).toEqual(['The first part ends here. The second part ends there.']);
  });
});

describe('statements: direct speech', () => {
  it('attributes a quotation to the name after it, in either order', () => {
    const s = statementsOf('"The bridge is open again," Maria Lopez said.\n\n"Traffic will resume tomorrow," said Lopez.');
    expect(pairs(s)).toEqual(['Maria Lopez | The bridge is open again,', 'Maria Lopez | Traffic will resume tomorrow,']);
    expect(s.every((x) => x.kind === 'direct')).toBe(true);
  });

  it('joins a quotation split by its attribution into one statement', () => {
    const s = statementsOf('"We are ready," said the mayor, Tomas Berg. "The shelters are open."');
    expect(pairs(s)).toEqual(['Tomas Berg | We are ready The shelters are open.']);
  });

  it('joins the next quotation of the paragraph when the same speaker is attributed again', () => {
    const s = statementsOf('"The river rose at night," said Ana Varo. "By morning the road was gone," she said.');
    expect(pairs(s)).toEqual(['Ana Varo | The river rose at night By morning the road was gone,']);
    const apart = statementsOf('"The river rose at night," said Ana Varo.\n\n"By morning the road was gone," she said.');
    expect(apart).toHaveLength(2);
  });

  it('keeps a quotation of several sentences whole', () => {
    const s = statementsOf('"The talks failed. Nobody came. We will try again," Omar Khalil told reporters.');
    expect(pairs(s)).toEqual(['Omar Khalil | The talks failed. Nobody came. We will try again,']);
  });

  it('gives a quotation of several paragraphs to the speaker who opened it', () => {
    const s = statementsOf('General Lena Ortiz said: "The front is quiet.\n\n"Our troops are resting."');
    expect(pairs(s)).toEqual(['Lena Ortiz | The front is quiet. Our troops are resting.']);
  });

  it('reads guillemets and single quotes', () => {
    const s = statementsOf("\u00abNous resterons ici\u00bb, a protester told reporters.\n\n'We lost the harvest,' said one farmer.");
    expect(pairs(s)).toEqual(['a protester | Nous resterons ici', 'one farmer | We lost the harvest,']);
  });

  it('gives a quotation standing alone after a statement to the same speaker', () => {
    const s = statementsOf('Health official Ana Ruiz said the clinic had reopened.\n\n"We treated forty patients on the first day."');
    expect(pairs(s)[1]).toBe('Ana Ruiz | We treated forty patients on the first day.');
  });

  it('resolves "he said" to the person who spoke before', () => {
    const s = statementsOf('"The road is mined," said Colonel Pavel Dorn.\n\n"Nobody should travel," he said.');
    expect(s.map((x) => x.speaker)).toEqual(['Pavel Dorn', 'Pavel Dorn']);
  });

  it('takes a participle attribution ("condemned the raid, saying") from the sentence subject', () => {
    const s = statementsOf('Foreign Minister Rania Saleh condemned the raid, saying, "This cannot go unanswered."');
    expect(pairs(s)).toEqual(['Rania Saleh | This cannot go unanswered.']);
  });

  it('ignores quoted titles in headlines and link lines', () => {
    expect(statementsOf("Related: Minister Denies 'Secret Deal' With Rebels")).toEqual([]);
  });

  it('joins a quotation interrupted by "he said," inside one sentence', () => {
    const s = statementsOf('Captain Nils Ek spoke at dawn. "We will hold," he said, "whatever it costs."');
    expect(pairs(s)).toEqual(['Nils Ek | We will hold whatever it costs.']);
  });

  it('joins the next sentence\'s quotation after an attribution with an age or description', () => {
    const s = statementsOf('"We are not leaving," said Hana Sami, 34. "This is our home."');
    expect(pairs(s)).toEqual(['Hana Sami | We are not leaving This is our home.']);
  });

  it('takes a speech verb shortly before a quotation opened by a colon or comma', () => {
    const s = statementsOf('Envoy Mary Cole said of the talks: "We are closer than ever." The commander said in a radio address on Sunday, "We will not retreat."');
    expect(pairs(s)).toEqual(['Mary Cole | We are closer than ever.', 'The commander | We will not retreat.']);
    expect(s[1]?.date).toBe('2019-03-10');
  });

  it('reads an attribution whose subject carries an apposition or relative clause', () => {
    const s = statementsOf('"We have nothing left," Amina Bello, a mother of five, told reporters.\n\n"They took everything," one villager, who declined to give his name, said.');
    expect(pairs(s)).toEqual(['Amina Bello | We have nothing left,', 'one villager | They took everything,']);
  });
});
