/**
 * Incident linking at scale (issue 16): proposing and linking the incident of a newly saved
 * clipping in a library of 10,000 clippings in 2,000 incidents. Runs in Node over fake-indexeddb
 * through the extension's own code (Dexie database, clipping and incident repositories): the
 * browser's IndexedDB is a different engine, so the figure is for the code path, not the browser.
 * The library is generated, seeded: 2,000 fictional victims, five reports each within ten days,
 * incidents every half day over three years (so same-week candidates exist for the title rule).
 */
import type { FactCategory } from '../../engine/types';
import { toClippingFact, type Clipping, type ClippingDraft, type ClippingId } from '../../storage/clipping';
import { FIGURE } from './figure-names';
import { random } from './generate-clippings';
import type { Figure } from './stats';

const WORDS = ['port', 'clinic', 'council', 'water', 'bank', 'school', 'rail', 'airline', 'energy', 'retail', 'payroll', 'portal', 'email', 'systems', 'network', 'billing'];

function isoDay(day: number): string {
  return new Date(Date.UTC(2021, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
}

/** A report on incident `n` of the generated library, published `offset` days after it began. */
function reportDraft(n: number, offset: number, next: () => number): ClippingDraft {
  const victim = `Victim Holdings ${n}`;
  const day = Math.floor(n / 2) + offset;
  const date = isoDay(day);
  const word = () => WORDS[Math.floor(next() * WORDS.length)];
  const title = `${victim} ${word()} ${word()} outage after ransomware`;
  const text = `${victim} said on ${date} that a ransomware attack took its ${word()} systems offline. ${victim} is working with the police. The ${word()} service of ${victim} was restored later.`;
  const facts: Array<[FactCategory, string, string]> = [
    ['organization', victim, victim],
    ['date', date, date],
  ];
  let from = 0;
  const draftFacts = facts.map(([category, quote, value]) => {
    const start = text.indexOf(quote, from);
    from = start + quote.length;
    return toClippingFact(text, { category, text: quote, start, end: start + quote.length, value });
  });
  // Every victim mention, as the engine reports them.
  for (let at = text.indexOf(victim, from); at >= 0; at = text.indexOf(victim, at + 1)) {
    draftFacts.push(toClippingFact(text, { category: 'organization', text: victim, start: at, end: at + victim.length, value: victim }));
  }
  return {
    url: `https://news.example.org/${n}/${offset}`,
    canonicalUrl: null,
    title,
    site: 'Example News',
    published: date,
    lang: 'en',
    text,
    incident: { isIncident: true, score: 0.9, kinds: ['ransomware', 'outage'], reasons: [] },
    facts: draftFacts,
    note: '',
    tags: [],
  };
}

/** Median and runs of linking a new clipping into a library of `incidents` × `perIncident` clippings. */
export async function measureIncidentLinking(incidentCount = 2_000, perIncident = 5, runs = 15, log: (line: string) => void = () => undefined): Promise<Figure[]> {
  await import('../memory-indexeddb');
  const [{ Dexie }, { openDatabase }, { createClippingRepository, indexFieldsOf }, { createIncidentRepository }, { completeIncidents }] = await Promise.all([
    import('dexie'),
    import('../../storage/database'),
    import('../../storage/clipping-repository'),
    import('../../storage/incident-repository'),
    import('../../storage/incident'),
  ]);
  const db = openDatabase(`bench-incidents-${process.pid}`);
  try {
    const next = random(16);
    const clippings: Clipping[] = [];
    const records = [];
    for (let n = 0; n < incidentCount; n++) {
      const incidentId = `incident-${n}` as Clipping['incidentId'] & string;
      records.push({ id: incidentId, title: '', titleByUser: false, mergedIds: [], relatedIds: [], createdAt: n, updatedAt: n });
      for (let k = 0; k < perIncident; k++) {
        const draft = { ...reportDraft(n, Math.floor(next() * 10), next), url: `https://news.example.org/${n}/${k}` };
        clippings.push({ ...draft, ...indexFieldsOf(draft), id: `clip-${n}-${k}` as ClippingId, key: draft.url, savedAt: n * 10 + k, updatedAt: n * 10 + k, incidentId, incidentLink: null });
      }
    }
    log(`  writing ${clippings.length} clippings in ${incidentCount} incidents…`);
    await db.clippings.bulkPut(clippings);
    await db.incidents.bulkPut(completeIncidents(records, clippings));
    const repository = createClippingRepository(db);
    const incidents = createIncidentRepository(db);
    const link: number[] = [];
    const propose: number[] = [];
    for (let run = 0; run < runs; run++) {
      // A follow-up on an incident in the middle of the library, and a report on a new victim.
      const draft = run % 2 === 0 ? reportDraft(Math.floor(incidentCount / 2) + run, 3, next) : { ...reportDraft(incidentCount + run, 0, next), url: `https://news.example.org/new/${run}` };
      const saved = await repository.save({ ...draft, url: `${draft.url}?run=${run}` });
      let started = performance.now();
      await incidents.propose(saved.id);
      propose.push(performance.now() - started);
      started = performance.now();
      await incidents.linkOnSave(saved.id);
      link.push(performance.now() - started);
    }
    const subject = `${clippings.length} clippings in ${incidentCount} incidents`;
    return [
      { group: 'incidents', name: FIGURE.incidentPropose, subject, runs: propose, unit: 'ms' },
      { group: 'incidents', name: FIGURE.incidentLink, subject, runs: link, unit: 'ms' },
    ];
  } finally {
    db.close();
    await Dexie.delete(db.name);
  }
}
