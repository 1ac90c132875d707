/**
 * The analyst examples: the ten queries of docs/api.md, measured by `npm run bench:api` and answered by
 * `node --import tsx bench/api-examples.ts` (which prints each answer on the loaded graph).
 */
export interface ApiExample {
  name: string;
  question: string;
  query: string;
}

export const API_EXAMPLES: readonly ApiExample[] = [
  {
    name: 'statements-by-speaker',
    question: 'What did John Kerry say, where and when?',
    query: `{
  statements(filter: { speaker: "kerry" }, first: 10) {
    totalCount
    nodes { kind text date place { name country } speaker { ... on Person { name role } } }
  }
}`,
  },
  {
    name: 'attacks-in-city-and-districts',
    question: 'Which attacks happened in Homs, its districts included?',
    query: `{
  events(filter: { place: "Homs", types: [BOMBING, SUICIDE_BOMBING, CAR_BOMBING, IED, ATTACK, SHELLING, AIRSTRIKE] }) {
    totalCount
    nodes { type date places { name kind ancestors { name kind } } killed { min max } injured { min max } }
  }
}`,
  },
  {
    name: 'deadliest-in-date-range',
    question: 'What were the deadliest events of 2016?',
    query: `{
  events(filter: { from: "2016-01-01", to: "2016-12-31", minKilled: 1 }, orderBy: KILLED_DESC, first: 5) {
    totalCount
    nodes { type date places { name } killed { min max } injured { min max } }
  }
}`,
  },
  {
    name: 'claims-by-group',
    question: 'Which events did Islamic State claim?',
    query: `{
  events(filter: { claimedBy: "Islamic State" }) {
    totalCount
    nodes { type date places { name } killed { min max } claimedBy { ... on Organization { name } } }
  }
}`,
  },
  {
    name: 'official-statements',
    question: 'What did ministers say?',
    query: `{
  people(filter: { officialsOnly: true, role: "minister" }) {
    totalCount
    nodes { name role statements(first: 3) { text date place { name } } }
  }
}`,
  },
  {
    name: 'statement-words',
    question: 'Who spoke of a ceasefire, in those words?',
    query: `{
  statements(filter: { text: "ceasefire" }, first: 10) {
    totalCount
    nodes { text date speaker { __typename ... on Person { name } ... on Organization { name } ... on Anonymous { name } } }
  }
}`,
  },
  {
    name: 'events-near',
    question: 'What happened within 25 km of central Baghdad?',
    query: `{
  events(filter: { near: { latitude: 33.3406, longitude: 44.4009, km: 25 } }) {
    totalCount
    nodes { type date places { name } killed { min max } perpetrators { ... on Organization { name } } }
  }
}`,
  },
  {
    name: 'casualty-figures-and-sources',
    question: 'Which casualty figures were reported for events in Iraq, and by whom?',
    query: `{
  events(filter: { place: "Iraq", minKilled: 1 }, orderBy: KILLED_DESC, first: 5) {
    totalCount
    nodes {
      type date places { name }
      casualties { kind min max group reportedBy { __typename ... on Organization { name } ... on Person { name } ... on Anonymous { name } } }
    }
  }
}`,
  },
  {
    name: 'place-hierarchy',
    question: 'Which places inside Syria does the graph know, with their coordinates?',
    query: `{
  places(filter: { inside: "Syria" }, first: 20) {
    totalCount
    nodes { name kind latitude longitude parent { name } }
  }
}`,
  },
  {
    name: 'search-names',
    question: 'Who or what is called something like "shabab"?',
    query: `{
  search(text: "shabab", first: 5) {
    score
    entity { __typename name aliases ... on Organization { kind claimed(first: 3) { type date } } }
  }
}`,
  },
];
