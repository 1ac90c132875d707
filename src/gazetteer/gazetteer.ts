/** Placeholder: the gazetteer's query interface (owned by the entities work). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Gazetteer {}
