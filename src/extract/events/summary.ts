import type { ConflictEvent, Range } from '../types.ts';

const LABEL: Record<ConflictEvent['type'], string> = {
  BOMBING: 'Bombing', SUICIDE_BOMBING: 'Suicide bombing', CAR_BOMBING: 'Car bombing', IED: 'Roadside bomb',
  AIRSTRIKE: 'Air strike', SHELLING: 'Shelling', ARMED_CLASH: 'Armed clash', ATTACK: 'Attack', ABDUCTION: 'Abduction',
  CEASEFIRE: 'Ceasefire', PROTEST: 'Protest',
};

function figure(r: Range | null, what: string): string | null {
  if (!r) return null;
  if (r.min !== null && r.max !== null) return r.min === r.max ? `${r.min} ${what}` : `${r.min}-${r.max} ${what}`;
  if (r.min !== null) return `at least ${r.min} ${what}`;
  return r.max !== null ? `up to ${r.max} ${what}` : null;
}

/** One line: "Suicide bombing in X, Y on 2016-02-21: at least 83 killed, up to 178 injured". */
export function summarize(e: ConflictEvent): string {
  const where = e.place ? ` in ${e.place}${e.country && e.country !== e.place ? `, ${e.country}` : ''}` : '';
  const when = e.date ? ` on ${e.date}` : '';
  const toll = [figure(e.killed, 'killed'), figure(e.injured, 'injured')].filter(Boolean).join(', ');
  const by = e.perpetrators.length ? ` by ${e.perpetrators.join(', ')}` : '';
  return `${LABEL[e.type]}${by}${where}${when}${toll ? `: ${toll}` : ''}`;
}
