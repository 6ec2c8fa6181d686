// @vitest-environment happy-dom
/** The incident screens' pure parts and the proposal: names in both UI languages, facts across clippings with their passages, the proposal's actions and Undo. */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { incidentFacts } from '../../../components/incident-facts';
import { dateWindowLabel, incidentName, monthLabel } from '../../../components/incident-names';
import IncidentProposal from '../../../components/IncidentProposal';
import { useIncidentLink, type IncidentLinkServices } from '../../../components/use-incident-link';
import { routeOfHash, hashOfRoute } from '../../../components/use-library-route';
import type { ClippingId } from '../../../storage/clipping';
import { createClippingRepository } from '../../../storage/clipping-repository';
import { openDatabase, type IncidentLensDatabase } from '../../../storage/database';
import type { Incident } from '../../../storage/incident';
import { createIncidentRepository } from '../../../storage/incident-repository';
import { makeClipping, makeDraft } from '../storage/clipping-fixtures';

afterEach(cleanup);

const royalMail = { key: 'org:royal-mail', id: 'org:royal-mail', en: 'Royal Mail', zh: '皇家邮政', forms: ['Royal Mail', '皇家邮政'] };
const incident = { title: 'Royal Mail: ransomware (Jan 2023)', titleByUser: false, victims: [royalMail], kinds: ['ransomware', 'outage'], firstDate: '2023-01-10', lastDate: '2023-02-07' };

describe('incident names', () => {
  test('victim, kind and month in the UI language', () => {
    expect(incidentName(incident, 'en')).toBe('Royal Mail ransomware, Jan 2023');
    // (Kind names come from the UI's messages: English outside the browser.)
    expect(incidentName({ ...incident, kinds: [] }, 'zh')).toBe('皇家邮政，2023年1月');
    expect(incidentName({ ...incident, kinds: ['ddos'] }, 'en')).toBe('Royal Mail DDoS, Jan 2023');
  });
  test("a title the user typed is kept; an incident without victim or date still has a name", () => {
    expect(incidentName({ ...incident, title: '邮政勒索案', titleByUser: true }, 'en')).toBe('邮政勒索案');
    expect(incidentName({ ...incident, victims: [], kinds: [], firstDate: null }, 'en')).toBe('Unnamed incident');
  });
  test('date windows', () => {
    expect(dateWindowLabel(incident, 'en')).toBe('Jan 2023 – Feb 2023');
    expect(dateWindowLabel({ firstDate: '2022-11', lastDate: '2022-11-03' }, 'zh')).toBe('2022年11月');
    expect(monthLabel('2023', 'en')).toBe('2023');
  });
});

describe('incidentFacts', () => {
  const zhText = '皇家邮政表示国际出口服务暂停。国内邮件未受影响。NCSC正在调查。';
  const enText = 'Royal Mail said exports were suspended. The NCSC is investigating.\nExport services resumed on February 21.';
  const zh = makeClipping(makeDraft({ text: zhText, lang: 'zh' }, [['service', '国际出口服务'], ['service', '国内邮件'], ['agency', 'NCSC', 'National Cyber Security Centre']]));
  const en = makeClipping(makeDraft({ text: enText }, [['agency', 'NCSC', 'National Cyber Security Centre'], ['service', 'Export services']]));
  zh.facts[1].attrs = { status: 'unaffected' };
  zh.facts[2].id = 'agency:gb-ncsc';
  en.facts[0].id = 'agency:gb-ncsc';

  test('one fact per id across clippings and languages, each mention with its sentence', () => {
    const [ncsc] = incidentFacts([zh, en], 'agency');
    expect(ncsc.clippingIds).toEqual([zh.id, en.id]);
    expect(ncsc.mentions.map((m) => (m.clippingId === zh.id ? zhText : enText).slice(m.passage.start, m.passage.end))).toEqual(['NCSC正在调查。', 'The NCSC is investigating.']);
  });
  test('services: affected, not affected, restored when a sentence naming it says it came back', () => {
    expect(incidentFacts([zh, en], 'service').map((f) => [f.fact.text, f.status])).toEqual([
      ['国际出口服务', 'affected'],
      ['国内邮件', 'unaffected'],
      ['Export services', 'restored'],
    ]);
  });
});

describe('library routes', () => {
  test('the hash names an incident or a clipping; anything else is the lists', () => {
    expect(routeOfHash('#incident=abc%20d')).toEqual({ kind: 'incident', id: 'abc d' });
    expect(routeOfHash('#clipping=c1')).toMatchObject({ kind: 'clipping', id: 'c1', passage: null });
    expect(routeOfHash('#whatever')).toEqual({ kind: 'lists' });
    expect(hashOfRoute({ kind: 'incident', id: 'abc d' as Incident['id'] })).toBe('#incident=abc%20d');
  });
});

describe('IncidentProposal', () => {
  let db: IncidentLensDatabase;
  beforeEach(() => {
    db = openDatabase(`proposal-${Math.random()}`);
  });
  afterEach(async () => {
    db.close();
    await Dexie.delete(db.name);
  });

  function Harness({ services, id }: { services: IncidentLinkServices; id: ClippingId }) {
    const link = useIncidentLink(services, id);
    return <IncidentProposal link={link} />;
  }

  test('a saved clipping joins the incident of the same victim as a proposal: accept, undo, new incident', async () => {
    const clippings = createClippingRepository(db);
    const incidents = createIncidentRepository(db);
    const services: IncidentLinkServices = { ...incidents, clipping: (id) => clippings.get(id) };
    const text = 'Royal Mail was hit by ransomware on January 10, 2023.';
    const draft = (url: string) => ({ ...makeDraft({ text, url, canonicalUrl: url, published: '2023-01-12' }, [['organization', 'Royal Mail'], ['date', 'January 10, 2023', '2023-01-10']]), incident: { isIncident: true, score: 0.9, kinds: ['ransomware'], reasons: [] } });
    const first = await clippings.save(draft('https://a.example/1'));
    await incidents.linkOnSave(first.id);
    await incidents.accept(first.id);
    const second = await clippings.save(draft('https://b.example/2'));
    await incidents.linkOnSave(second.id);

    render(<Harness services={services} id={second.id} />);
    await waitFor(() => expect(document.querySelector('.incident-proposal')?.getAttribute('data-status')).toBe('proposed'));
    expect(screen.getByText('Part of incident')).toBeTruthy();
    expect(document.querySelector('.incident-name')?.textContent).toBe('Royal Mail ransomware, Jan 2023');
    expect(document.querySelector('.incident-sources')?.textContent).toBe('(2 sources)');

    fireEvent.click(screen.getByRole('button', { name: 'Accept' }));
    await waitFor(() => expect(document.querySelector('.incident-proposal')?.getAttribute('data-status')).toBe('accepted'));
    expect((await screen.findByRole('status')).textContent).toMatch(/^Accepted: part of Royal Mail ransomware, Jan 2023\./);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(document.querySelector('.incident-proposal')?.getAttribute('data-status')).toBe('proposed'));
    expect((await clippings.get(second.id))?.incidentLink?.status).toBe('proposed');

    fireEvent.click(screen.getByRole('button', { name: 'New incident' }));
    await waitFor(() => expect(document.querySelector('.incident-sources')?.textContent).toBe('(1 source)'));
    expect((await incidents.list()).length).toBe(2);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(document.querySelector('.incident-sources')?.textContent).toBe('(2 sources)'));
    expect((await incidents.list()).length).toBe(1);
  });
});

describe('incident page timeline', () => {
  test('dates from before the incident are listed apart, folded, not among its events', async () => {
    const { default: IncidentView } = await import('../../../components/IncidentView');
    const { incidentTimelineOf } = await import('../../../storage/incident-repository');
    const { summarizeIncident, incidentTitleOf } = await import('../../../storage/incident');
    const text = 'Royal Mail said on 11 January 2023 that exports were suspended. It was also attacked in 2019.';
    const clipping = makeClipping(makeDraft({ text, title: 'Royal Mail exports halted', published: '2023-01-12' }, [['organization', 'Royal Mail'], ['date', '11 January 2023', '2023-01-11'], ['date', '2019', '2019']]));
    const summary = summarizeIncident([clipping]);
    const incident = { id: 'inc-1', title: incidentTitleOf(summary, null), titleByUser: false, mergedIds: [], relatedIds: [], createdAt: 1, updatedAt: 1, ...summary } as unknown as Incident;
    const noop = () => undefined;
    const { container } = render(
      <IncidentView incident={incident} clippings={[clipping]} events={incidentTimelineOf([clipping])} incidents={null} onBack={noop} onOpenClipping={noop} onAccept={noop} onSplit={noop} onMerge={noop} onRename={noop} onLoadIncidents={noop} />,
    );
    const main = container.querySelector('.incident-main > .incident-timeline')!;
    expect([...main.querySelectorAll('.timeline-event')].map((row) => row.getAttribute('data-date'))).toEqual(['2023-01-11', '2023-01-12']);
    const apart = container.querySelector('details.timeline-background')!;
    expect(apart.querySelector('summary')!.textContent).toBe('Earlier dates the sources recall (1)');
    expect([...apart.querySelectorAll('.timeline-event')].map((row) => row.getAttribute('data-date'))).toEqual(['2019']);
  });
});
