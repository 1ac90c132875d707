import type { Doc } from '../doc.ts';
import { foldName } from '../normalize.ts';
import type { Figure, Group } from './groups.ts';
import { priority } from './groups.ts';
import { mostSpecific, type PlaceRelations } from './place-relations.ts';
import type { PlaceHit } from './places.ts';
import { newEvent, type WorkingEvent } from './working-event.ts';
import { BOMBING_FAMILY, coarse, datesFit, otherDevice, typesFit } from './fits.ts';
import { inheritDate } from './inherit-date.ts';
import { secondPlaceGroup } from './second-place.ts';
import { ARMED_TARGETS, UNARMED_TARGETS } from './casualty-words.ts';
import { cachedRegExp } from '../regex-cache.ts';

// Things attacked that an article introduces once and then names with "the": not people, who come in numbers.
const TARGET_NOUNS = new Set([...ARMED_TARGETS, ...UNARMED_TARGETS, 'compound', 'building', 'station', 'headquarters', 'complex',
  'airport', 'prison', 'palace', 'parliament', 'gate', 'vehicle', 'motorcade', 'hall', 'ministry', 'bank', 'port']
  .filter((w) => !/(?:s|men|army|police|militia)$/.test(w) || w === 'bus' || w === 'headquarters'));

const DEFINITE_ATTACKERS = /\b(?:the|these|those)\s+(?:suicide\s+)?(?:bombers?|attackers|assailants|gunmen|kidnappers|abductors)\b/i;

const FIRST_OF_PAIR = /\bthe\s+first\s+(?:[\w-]+\s+)?(?:bomb|blast|explosion|bomber|attack|strike|rocket|missile)/i;

const NATIONWIDE = /\b(?:across|throughout|around)\s+(?:the\s+)?(?:country|nation|[A-Z][\w-]+\s*(?:[,.;]|$))|\b(?:nationwide|countrywide)\b/;

/** "since the ceasefire began last week": a truce or protest named with "the" is the one reported; a vague
 * time does not make it another. */
function definiteDevelopment(g: Group): boolean {
  return g.family !== 'violent' && g.triggers.some((t) => t.det === 'the');
}

/** Two killed figures that differ: two tolls, so two events. */
function otherToll(a: readonly Figure[], b: readonly Figure[]): boolean {
  const ka = a.find((f) => f.kind === 'killed' && !f.subset);
  const kb = b.find((f) => f.kind === 'killed' && !f.subset);
  return ka !== undefined && kb !== undefined && (ka.range.min !== kb.range.min || ka.range.max !== kb.range.max);
}

/** Reads the groups in order and merges coreferent ones into events; umbrellas are kept apart. */
export class EventResolver {
  readonly events: WorkingEvent[] = [];

  constructor(private readonly doc: Doc, private readonly relations: PlaceRelations) {}

  add(g: Group): void {
    const hasUmbrella = this.events.some((e) => e.umbrella && e.family === g.family);
    // "killed in violence across the country": a running total over the whole country, no event's toll
    if ((g.referOnly || g.weak) && NATIONWIDE.test(this.doc.text.slice(g.start, g.end))) return;
    if ((g.umbrella || (g.multiPlace && !hasUmbrella && !g.generic)) && !g.anaphoric) return this.addUmbrella(g);
    const referring = (g.anaphoric && !g.newMarker) || g.referOnly;
    if (referring) {
      const ante = this.antecedent(g);
      if (ante) return this.merge(ante, g);
      // "Sunday's bombing in X killed five" opens an event; "the attack" with nothing before it does not
      // "The deadliest incident took place near a checkpoint in X" after a wave of attacks: one of its parts
      const umbrella = this.events.find((e) => e.umbrella && e.family === g.family);
      if (umbrella && !g.plural && g.family === 'violent' && g.triggers.every((t) => !t.inQuote) && (g.places.length > 0 || g.date?.kind === 'day')) return this.create({ ...g, weak: true });
      if (g.referOnly || (g.weak && g.figures.length === 0)) return;
      if (!g.specific && g.places.length === 0 && g.figures.length === 0) return;
      return this.create(g);
    }
    if (g.generic) return this.addDatedPlural(g);
    // "the buildings were struck by four missiles": the means of the strike just reported, of whatever kind
    if (g.instrument && !g.date) {
      const host = [...this.events].reverse().find((e) => e.family === 'violent' && !e.umbrella && g.sentence.index - e.lastSentence <= 2);
      if (host && !this.relations.conflicts(host.place, g.places)) return this.merge(host, { ...g, referOnly: true });
    }
    // "the bomber detonated his explosive", "police traded fire with the gunmen": those who did an attack
    // already reported, named again with "the", tell more of that attack, not of another
    if (g.family === 'violent' && !g.newMarker && g.figures.length === 0 && g.date?.kind !== 'day'
      && DEFINITE_ATTACKERS.test(this.doc.text.slice(g.start, g.end))) {
      const ante = this.antecedent(g);
      if (ante && !ante.umbrella && !this.relations.conflicts(ante.place, g.places, true)) return this.merge(ante, g);
    }
    // "Two bombs went off ... The first bomb exploded near a bakery. Moments later a second blast went off": with no
    // place or toll of its own, "a second" one after "the first" is the other half of the pair reported
    if (g.family === 'violent' && g.places.length === 0 && g.figures.length === 0 && g.triggers.some((t) => t.det === 'second' || t.det === 'a')
      && /\bsecond\b/i.test(this.doc.text.slice(g.start, g.triggers[0]!.start + 1))) {
      const pair = this.recent(g);
      if (pair && coarse(pair.type) === coarse(g.type) && pair.groups.some((x) => FIRST_OF_PAIR.test(x.sentence.text))) {
        return this.merge(pair, g);
      }
    }
    const last = g.family === 'violent' ? this.recent(g) : this.sameDevelopment(g);
    // a violent event told on in the next sentences may name a small place the gazetteer cannot put inside its own
    if (last && (!g.newMarker || this.renewedFight(last, g)) && (typesFit(last, g, false) || this.followUpClash(last, g)) && datesFit(last, g, definiteDevelopment(g))
      && !this.relations.conflicts(last.place, g.places, g.family === 'violent') && !otherDevice(last, g)
      // "an attack that killed 39 ..., as well as a bombing that killed 25": two tolls in one sentence, two events
      && !(g.sentence.index === last.lastSentence && otherToll(last.figures, g.figures))) {
      return this.merge(last, g);
    }
    const target = g.newMarker ? undefined : (this.sameTarget(g) ?? this.samePlace(g));
    if (target) return this.merge(target, g);
    // "in an air raid last Tuesday": a day of its own, apart from the events read so far, is another event
    if (!g.specific && g.places.length === 0 && g.figures.length === 0 && !(g.date?.kind === 'day' && this.events.every((e) => e.date !== g.date!.iso))) {
      const ante = this.antecedent(g);
      if (ante) this.merge(ante, g);
      return;
    }
    this.create(g);
  }

  /** "X carried out similar attacks in June and in September": a plural with no figure is generic, unless
   * it names the times, and then it is one undated event per time named. "Similar" takes the type of
   * the event it is compared with. */
  private addDatedPlural(g: Group): void {
    // "in June", "on March 3": times of the events; "since January" is a span, not an event's time
    // "similar attacks to the one on Friday": Friday's is an event already reported
    // ("attacks since the withdrawal of troops on April 12": a span told from a day, not the day of attacks)
    const first = g.triggers[0]?.end ?? g.start;
    const times = g.dates.filter((d) => (d.kind === 'month' || d.kind === 'day') && !/^(?:since|until|through|by)\b/i.test(d.text)
      && !(d.start > first && /\bsince\b/i.test(this.doc.text.slice(first, d.start)))
      && !/\bthe\s+one\s+(?:on\s+|in\s+|of\s+)?$/i.test(this.doc.text.slice(Math.max(0, d.start - 16), d.start)));
    if (times.length === 0 || g.family !== 'violent') return;
    const similar = g.triggers.some((t) => /\bsimilar\s+(?:\w+\s+)?$/i.test(this.doc.text.slice(Math.max(0, t.start - 30), t.start)));
    const model = similar ? [...this.events].reverse().find((e) => e.family === 'violent' && !e.umbrella) : undefined;
    for (const d of times) {
      const e = newEvent({ ...g, date: d });
      if (model) {
        e.type = model.type;
        e.weak = false;
      }
      this.events.push(e);
      this.merge(e, { ...g, date: d, figures: [] });
      e.groups = [{ ...g, date: d, start: d.start, end: d.end }];
    }
  }

  /** "troops were sent in, triggering another clash": fighting that resumes with no place, day or toll of
   * its own is the same clash. */
  private renewedFight(e: WorkingEvent, g: Group): boolean {
    return g.type === 'ARMED_CLASH' && e.type === 'ARMED_CLASH' && g.places.length === 0 && g.date === null && g.figures.length === 0
      && g.sentence.index - e.lastSentence <= 1;
  }

  /** "a bomber attacked the convoy", "the convoy was attacked" after "a bomb exploded near a convoy": the
   * definite target an earlier event introduced points back to that event. */
  private sameTarget(g: Group): WorkingEvent | undefined {
    if (g.family !== 'violent' || g.figures.length > 0) return undefined;
    // only the attack word's own object or passive subject: "attacked the convoy", "the convoy was attacked"
    const nouns = g.triggers.flatMap((t) => [
      /^\s+(?:on\s+|at\s+|near\s+)?the\s+(?:[a-z-]+\s+){0,2}?([a-z]+)\b/i.exec(this.doc.text.slice(t.end, t.end + 40))?.[1],
      /\bthe\s+(?:[a-z-]+\s+){0,2}?([a-z]+)\s+(?:was|were|had\s+been|has\s+been|came\s+under)\s+$/i.exec(this.doc.text.slice(Math.max(0, t.start - 50), t.start))?.[1],
    ]).filter((n): n is string => n !== undefined && TARGET_NOUNS.has(n.toLowerCase())).map((n) => n.toLowerCase());
    if (nouns.length === 0) return undefined;
    return [...this.events].reverse().find((e) => e.family === 'violent' && !e.umbrella && datesFit(e, g, true)
      && !this.relations.conflicts(e.place, g.places)
      && e.groups.some((x) => nouns.some((n) => cachedRegExp(`\\b(?:an?|one|two|three)\\s+(?:[\\w-]+\\s+){0,3}${n}\\b`, 'i').test(this.doc.text.slice(x.start, x.end)))));
  }

  /** "A convoy was attacked outside X, also on Tuesday" after "a second attack near X killed two" and a
   * paragraph on another event: an earlier event at that very place, of a fitting kind and day, is the same. */
  private samePlace(g: Group): WorkingEvent | undefined {
    if (g.family !== 'violent' || g.places.length === 0) return undefined;
    const here = mostSpecific(g.places)!;
    return [...this.events].reverse().find((e) => e.family === 'violent' && !e.umbrella && e.place !== null
      && foldName(e.place.name) === foldName(here.name) && (e.weak || g.weak || coarse(e.type) === coarse(g.type)) && typesFit(e, g, false) && datesFit(e, g)
      && !otherToll(e.figures, g.figures));
  }

  /** "... were killed after a gun battle" right after a bombing or assault there: the same attack. */
  private followUpClash(e: WorkingEvent, g: Group): boolean {
    return g.type === 'ARMED_CLASH' && e.family === 'violent' && (BOMBING_FAMILY.has(e.type) || e.type === 'ATTACK')
      && g.sentence.index - e.lastSentence <= 1;
  }

  /** The latest event (not an umbrella) mentioned within the last two sentences. */
  private recent(g: Group): WorkingEvent | undefined {
    // a ceasefire named in the same sentence ("hours ahead of the ceasefire, X attacked") is not the attack's antecedent
    const last = [...this.events].filter((e) => !e.umbrella && e.family === g.family).sort((a, b) => b.lastSentence - a.lastSentence)[0];
    return last && g.sentence.index - last.lastSentence <= 2 ? last : undefined;
  }

  /** A ceasefire or protest is usually one development per article: any earlier one that fits. */
  private sameDevelopment(g: Group): WorkingEvent | undefined {
    return [...this.events].reverse().find((e) => e.family === g.family && datesFit(e, g, definiteDevelopment(g)) && !this.relations.conflicts(e.place, g.places));
  }

  /** What a referring mention points to: the latest event of its own type at a fitting place, else the
   * latest weakly typed one, else the latest that fits at all. */
  private antecedent(g: Group): WorkingEvent | undefined {
    // "the bombings" after a wave of them: the umbrella, not the last one
    const umbrella = g.plural && g.anaphoric ? this.events.find((e) => e.umbrella && typesFit(e, g, true)) : undefined;
    if (umbrella) return umbrella;
    const candidates = [...this.events]
      .filter((e) => (!e.umbrella || g.plural) && typesFit(e, g, true) && datesFit(e, g, true))
      .sort((a, b) => b.lastSentence - a.lastSentence);
    const placeFits = (e: WorkingEvent) => !this.relations.conflicts(e.place, g.places);
    // "the Israeli strikes": the event those actors were named with
    const actors = g.triggers.map((t) => t.actorModifier).filter((a): a is string => a !== null);
    const byActor = actors.length ? [...this.events].filter((e) => !e.umbrella && typesFit(e, g, true)).reverse().find((e) => e.groups.some((x) => x.triggers.some((t) => t.actorModifier !== null && actors.includes(t.actorModifier)))) : undefined;
    if (byActor) return byActor;
    const sameType = (e: WorkingEvent) => g.weak || coarse(e.type) === coarse(g.type);
    return candidates.find((e) => sameType(e) && placeFits(e)) ?? candidates.find(sameType)
      ?? candidates.find(placeFits) ?? candidates[0];
  }

  private addUmbrella(g: Group): void {
    const u = this.events.find((e) => e.umbrella && e.family === g.family && datesFit(e, g));
    if (u) return this.merge(u, g);
    const e = newEvent(g);
    this.events.push(e);
    this.merge(e, g);
  }

  private create(g: Group): void {
    const e = newEvent(g);
    // a part lies somewhere the wave was said to be ("a wave of attacks in X and northern Y")
    const umbrella = this.events.find((u) => u.umbrella && u.family === g.family
      && (u.places.length === 0 || u.places.some((p) => !this.relations.conflicts(p, g.places))));
    if (umbrella && g.family === 'violent' && e.dateFrom !== 'undated' && (e.date === null || e.date === umbrella.date) && typesFit(umbrella, g, false)) {
      e.partOf = umbrella;
    }
    if (e.dateFrom === 'none') inheritDate(this.doc, this.events, e, g);
    if (e.dateFrom === 'none' && g.saidDate?.iso) {
      e.date = g.saidDate.iso;
      e.dateFrom = 'inherited';
    }
    this.events.push(e);
    this.merge(e, g);
  }



  private merge(e: WorkingEvent, g: Group): void {
    e.groups.push(g);
    e.lastSentence = Math.max(e.lastSentence, g.sentence.index);
    e.figures.push(...g.figures);
    if (!g.referOnly && g.family === e.family && (typesFit(e, g, false) || g.sentence.index === e.groups[0]?.sentence.index)) {
      if (e.weak && !g.weak) {
        e.type = g.type;
        e.weak = false;
      } else if (coarse(e.type) === coarse(g.type) && !g.anaphoric && priority(g.type) > priority(e.type)) e.type = g.type;
      else if (g.type === 'ARMED_CLASH' && g.triggers.some((t) => t.type === 'ARMED_CLASH' && !t.anaphoric) && g.anaphoric) e.type = g.type;
    }
    if (g.plural && g.anaphoric && !g.weak && g.family === 'violent') this.refineWeak(g);
    if (e.umbrella) {
      e.places.push(...g.places);
      e.place ??= mostSpecific(g.places);
      if (!e.date && g.date?.kind === 'day') e.date = g.date.iso;
      return;
    }
    // "X said in Kyiv the rebels violate the truce": a truce named again elsewhere is not placed there
    if (e.family === 'ceasefire' && g.anaphoric && e.groups.length > 1) return this.dateOnly(e, g);
    const best = mostSpecific(g.places);
    if (best && !e.place) e.place = best;
    else if (best && e.place && best.rank < e.place.rank && g.places.some((p) => this.relations.related(p, e.place!))) e.place = best;
    e.places.push(...g.places);
    if (g.date?.kind === 'day' && (e.date === null || e.dateFrom === 'inherited') && e.dateFrom !== 'undated') {
      e.date = g.date.iso;
      e.dateFrom = 'own';
    }
  }

  private dateOnly(e: WorkingEvent, g: Group): void {
    if (g.date?.kind === 'day' && (e.date === null || e.dateFrom === 'inherited') && e.dateFrom !== 'undated') {
      e.date = g.date.iso;
      e.dateFrom = 'own';
    }
  }

  /** "the bombings" after "three separate attacks": the plural names what the weak mentions were. */
  private refineWeak(g: Group): void {
    for (const e of this.events) {
      if (e.weak && e.family === 'violent' && g.sentence.index - e.lastSentence <= 2) {
        e.type = g.type;
        e.weak = false;
      }
    }
  }

  /** A figure in a sentence that names no event ("As many as 40 others were injured.") belongs to the
   * attack or protest reported just before it. */
  /** `places`: where the figure's sentence says it happened; a toll told of another town ("a farmer
   * was killed in the town of Y") is not the host's, though it follows it: it opens an event of the host's
   * kind there (second-place.ts). */
  attachOrphan(f: Figure, places: readonly PlaceHit[] = []): void {
    const host = [...this.events].filter((e) => e.family !== 'ceasefire').sort((a, b) => b.lastSentence - a.lastSentence)[0];
    const here = places.filter((p) => !p.reportedFrom && p.rank < 5);
    if (!host || f.sentenceIndex - host.lastSentence > 1) return;
    // a second toll of that sentence joins the event its first one opened there
    if (host.groups.at(-1)?.triggers.length === 0 && host.lastSentence === f.sentenceIndex) return void host.figures.push(f);
    if (here.length > 0 && this.relations.conflicts(host.place, here)) {
      // "Two more villagers were killed in Y" after an attack in X: the same kind of event at Y
      const g = host.umbrella ? null : secondPlaceGroup(this.doc, f, host, here);
      if (g) this.create(g);
      return;
    }
    // "Another 40 died there on Tuesday" after Wednesday's strike: the same kind of event, another day
    if (host.date && host.dateFrom === 'own' && !host.umbrella) {
      const g = secondPlaceGroup(this.doc, f, host, here.length > 0 ? here : host.place ? [host.place] : []);
      if (g?.date?.kind === 'day' && g.date.iso && g.date.iso !== host.date) return this.create(g);
    }
    host.figures.push(f);
  }
}
