/** What GraphiQL opens with: a question an analyst asks first, runnable as is on the fixtures. */
export const DEFAULT_QUERY = `# conflict-kg: who said what, where and when; which attacks, where, how deadly, claimed by whom.
# Press the run button (or Ctrl-Enter). The Docs panel lists every field and filter.

query AttacksInSyriaAndWhoSpoke {
  events(filter: { place: "Syria", types: [SUICIDE_BOMBING, CAR_BOMBING, BOMBING] }, orderBy: KILLED_DESC, first: 5) {
    totalCount
    nodes {
      type
      date
      places { name kind }
      killed { min max }
      injured { min max }
      claimedBy { ... on Organization { name } }
      evidence { sentence article { title publishedAt } }
    }
  }
  statements(filter: { speaker: "kerry" }, first: 5) {
    totalCount
    nodes {
      text
      date
      place { name country }
      speaker { ... on Person { name role } }
    }
  }
}
`;
