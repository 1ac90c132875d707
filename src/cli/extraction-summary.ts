import type { ActorRef, Extraction, PlaceEntity, Range } from '../extract/types.ts';

/** A figure as a reader says it: "83", "at least 83", "up to 178", "14-16". */
export function formatRange(r: Range | null): string {
  if (r === null || (r.min === null && r.max === null)) return 'none given';
  if (r.min !== null && r.max !== null) return r.min === r.max ? `${r.min}` : `${r.min}-${r.max}`;
  return r.min !== null ? `at least ${r.min}` : `up to ${r.max}`;
}

const also = (aliases: readonly string[]): string => (aliases.length ? `; also ${aliases.join(', ')}` : '');
const coords = (p: PlaceEntity): string =>
  p.lat !== null && p.lon !== null ? ` ${p.lat.toFixed(3)}, ${p.lon.toFixed(3)}` : '';
const actor = (a: ActorRef | null): string =>
  a ? `${a.name}${a.type === 'anonymous' ? ' (unnamed)' : ''}` : 'the article';

function section(title: string, lines: string[]): string[] {
  return ['', `${title} (${lines.length})`, ...(lines.length ? lines : ['  (none)'])];
}

/** The readable form of `conflict-kg extract` (without --json): one line per item, figures spelled out. */
export function formatExtraction(x: Extraction): string {
  const placeName = new Map(x.places.map((p) => [p.key, p.name]));
  const chain = (key: string | null): string[] => {
    const names: string[] = [];
    const seen = new Set<string>();
    for (let k = key; k && !seen.has(k); k = x.places.find((p) => p.key === k)?.parentKey ?? null) {
      seen.add(k);
      names.push(placeName.get(k) ?? k);
    }
    return names;
  };
  const a = x.article;
  const out = [
    a.title,
    `published ${a.published ?? 'unknown'} | ${a.publisher ?? 'publisher unknown'} | ${a.url ?? 'no url'} | id ${a.id}`,
  ];
  out.push(
    ...section(
      'People',
      x.people.map((p) => {
        const role = p.role ? ` - ${p.role}${p.roleOf ? ` (of ${p.roleOf.name})` : ''}` : '';
        return `  ${p.name}${role}${p.isOfficial ? ' [official]' : ''}${also(p.aliases)}`;
      }),
    ),
    ...section(
      'Organizations',
      x.organizations.map(
        (o) => `  ${o.name} [${o.kind}]${o.country ? ` of ${o.country}` : ''}${also(o.aliases)}`,
      ),
    ),
    ...section(
      'Places',
      x.places.map((p) => {
        const parents = chain(p.parentKey);
        const where = parents.length
          ? ` in ${parents.join(', ')}`
          : p.country && p.kind !== 'country'
            ? ` in ${p.country}`
            : '';
        const gaz = p.gazetteerName && p.gazetteerName !== p.name ? ` (${p.gazetteerName})` : '';
        const notes = [
          p.lat === null ? 'not in gazetteer' : null,
          p.mentions.length === 0 ? 'enclosing place, not named in the text' : null,
        ].filter(Boolean);
        return `  ${p.name}${gaz} [${p.kind}]${coords(p)}${where}${notes.length ? ` (${notes.join('; ')})` : ''}${also(p.aliases)}`;
      }),
    ),
    ...section(
      'Statements',
      x.statements.map((s, i) => {
        const when = [s.place ? `at ${s.place}` : null, s.date ? `on ${s.date}` : null]
          .filter(Boolean)
          .join(' ');
        return `  ${i + 1}. ${s.speaker} (${s.kind}${when ? `, ${when}` : ''}): "${s.quote}"`;
      }),
    ),
    ...section(
      'Events',
      x.events.flatMap((e, i) => {
        const where = [e.place, ...e.placeAlternatives].filter(Boolean).join(', ') || 'place unknown';
        const who = [
          e.claimedBy.length ? `claimed by ${e.claimedBy.join(', ')}` : null,
          e.deniedBy.length ? `denied by ${e.deniedBy.join(', ')}` : null,
          e.perpetrators.length ? `carried out by ${e.perpetrators.join(', ')}` : null,
        ].filter(Boolean);
        return [
          `  ${i + 1}. ${e.type} on ${e.date ?? 'date unknown'} at ${where}: killed ${formatRange(e.killed)}, injured ${formatRange(e.injured)}${who.length ? `; ${who.join('; ')}` : ''}`,
          ...(e.summary ? [`     ${e.summary}`] : []),
          ...x.casualties
            .filter((c) => c.eventKey === e.key)
            .map(
              (c) =>
                `     - ${c.kind} ${formatRange(c)}${c.group ? ` ${c.group}` : ''}, reported by ${actor(c.source)}`,
            ),
        ];
      }),
    ),
  );
  return out.join('\n');
}
