import { Dexie } from 'dexie';
import { afterEach, describe, expect, test } from 'vitest';
import type { ClippingDraft } from '../../../storage/clipping';
import { createClippingRepository } from '../../../storage/clipping-repository';
import { openDatabase, type IncidentLensDatabase } from '../../../storage/database';
import { createIncidentRepository, IncidentConflictError } from '../../../storage/incident-repository';
import { makeDraft } from './clipping-fixtures';

const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

function library() {
  const db: IncidentLensDatabase = openDatabase(`incidents-${Math.random()}`);
  opened.push(db);
  let tick = 1_000;
  let ids = 0;
  const options = { now: () => ++tick, newId: () => `id-${++ids}` };
  return { db, clippings: createClippingRepository(db, options), incidents: createIncidentRepository(db, options) };
}

const ZH_JAN = '1月12日消息，英国皇家邮政（Royal Mail）遭勒索软件攻击，国际出口服务中断。';
const EN_JAN = 'Royal Mail said on 11 January 2023 that a ransomware attack disrupted its international export services.';
const EN_FEB = 'LockBit published the ransom chat with Royal Mail on 14 February 2023.';
const EN_NOV = 'Royal Mail Track and Trace was down on 10 November 2022, an outage of more than a day.';

function zhJan(): ClippingDraft {
  return makeDraft(
    { text: ZH_JAN, url: 'https://mp.weixin.qq.com/s?sn=royal', lang: 'zh', published: '2023-01-14', incident: { isIncident: true, score: 0.9, kinds: ['ransomware', 'outage'], reasons: [] } },
    [
      ['date', '1月12日', '2023-01-12'],
      ['organization', '英国皇家邮政', 'Royal Mail'],
      ['organization', 'Royal Mail', 'Royal Mail'],
    ].map(([c, q, v]) => [c, q, v] as ['date' | 'organization', string, string]),
  );
}
function withIds(draft: ClippingDraft): ClippingDraft {
  return { ...draft, facts: draft.facts.map((fact) => (fact.category === 'organization' ? { ...fact, id: 'org:royal-mail' } : fact)) };
}
const enJan = () =>
  withIds(makeDraft({ text: EN_JAN, url: 'https://news.example.org/jan', published: '2023-01-12', incident: { isIncident: true, score: 0.9, kinds: ['ransomware'], reasons: [] } }, [['organization', 'Royal Mail'], ['date', '11 January 2023', '2023-01-11']]));
const enFeb = () =>
  withIds(makeDraft({ text: EN_FEB, url: 'https://news.example.org/feb', published: '2023-02-15', incident: { isIncident: true, score: 0.9, kinds: ['ransomware', 'breach'], reasons: [] } }, [['organization', 'Royal Mail'], ['actor', 'LockBit'], ['date', '14 February 2023', '2023-02-14']]));
const enNov = () =>
  withIds(makeDraft({ text: EN_NOV, url: 'https://news.example.org/nov', published: '2022-11-11', incident: { isIncident: true, score: 0.9, kinds: ['outage'], reasons: [] } }, [['organization', 'Royal Mail'], ['date', '10 November 2022', '2022-11-10']]));

/** A victimless report (the engine found no victim), dated `day` days into 2018. */
function story(title: string, day: number, url: string, isIncident = true): ClippingDraft {
  const date = new Date(Date.UTC(2018, 0, 1 + day)).toISOString().slice(0, 10);
  const text = `Reported on ${date}.`;
  return makeDraft({ text, title, url, published: date, incident: { isIncident, score: isIncident ? 0.9 : 0.1, kinds: isIncident ? ['breach'] : [], reasons: [] } }, [['date', date, date]]);
}

describe('same story without a victim (matcher rule 4) in the repository', () => {
  test('title words the library uses in many incidents do not link; distinctive ones do', async () => {
    const { clippings, incidents } = library();
    // 60 earlier incidents, ten days apart (too far to link), whose titles all say "critical patch".
    for (let n = 0; n < 60; n++) {
      const saved = await clippings.save(story(`Vendor${n} critical patch fixes flaw${n}`, n * 10, `https://news.example.org/${n}`));
      expect((await incidents.linkOnSave(saved.id)).proposal?.kind).toBe('new');
    }
    const first = await clippings.save(story('Zorblax critical patch for Quuxware', 600, 'https://news.example.org/a'));
    const firstLink = await incidents.linkOnSave(first.id);
    const common = await clippings.save(story('Critical patch: Frobnic update', 601, 'https://news.example.org/b'));
    expect((await incidents.linkOnSave(common.id)).proposal?.kind).toBe('new');
    const same = await clippings.save(story('Quuxware maker Zorblax ships patch', 602, 'https://news.example.org/c'));
    const sameLink = await incidents.linkOnSave(same.id);
    expect(sameLink.proposal?.kind).toBe('existing');
    expect(sameLink.incidentId).toBe(firstLink.incidentId);
  });

  test('an article the engine judged no incident is not linked by its title', async () => {
    const { clippings, incidents } = library();
    const first = await clippings.save(story('Zorblax Quuxware breach', 10, 'https://news.example.org/a'));
    await incidents.linkOnSave(first.id);
    const advisory = await clippings.save(story('Zorblax Quuxware breach advisory', 11, 'https://news.example.org/b', false));
    expect((await incidents.linkOnSave(advisory.id)).proposal?.kind).toBe('new');
  });
});

describe('incident repository', () => {
  test('links across languages, keeps a follow-up, keeps an earlier outage apart', async () => {
    const { clippings, incidents } = library();
    const zh = await clippings.save(withIds(zhJan()));
    const first = await incidents.linkOnSave(zh.id);
    expect(first.proposal?.kind).toBe('new');
    const en = await clippings.save(enJan());
    const second = await incidents.linkOnSave(en.id);
    expect(second.proposal?.kind).toBe('existing');
    expect(second.incidentId).toBe(first.incidentId);
    const feb = await clippings.save(enFeb());
    expect((await incidents.linkOnSave(feb.id)).incidentId).toBe(first.incidentId);
    const nov = await clippings.save(enNov());
    const outage = await incidents.linkOnSave(nov.id);
    expect(outage.incidentId).not.toBe(first.incidentId);
    expect(outage.proposal?.kind).toBe('new');

    const listed = await incidents.list();
    expect(listed).toHaveLength(2);
    const january = (await incidents.get(first.incidentId!))!;
    expect(january.clippingIds).toEqual([en.id, zh.id, feb.id]);
    expect(january.victims).toEqual([expect.objectContaining({ id: 'org:royal-mail', en: 'Royal Mail', zh: '皇家邮政' })]);
    expect(january.firstDate).toBe('2023-01-11');
    expect(january.lastDate).toBe('2023-02-14');
    expect(january.title).toBe('Royal Mail: ransomware, breach, outage (Jan 2023)');
    expect((await clippings.get(en.id))?.incidentLink?.status).toBe('proposed');
  });

  test('accept, move, split, merge and undo each', async () => {
    const { db, clippings, incidents } = library();
    const zh = await clippings.save(withIds(zhJan()));
    const a = await incidents.linkOnSave(zh.id);
    const nov = await clippings.save(enNov());
    const b = await incidents.linkOnSave(nov.id);

    const accepted = await incidents.accept(zh.id);
    expect((await db.clippings.get(zh.id))?.incidentLink?.status).toBe('accepted');
    await incidents.undo(accepted);
    expect((await db.clippings.get(zh.id))?.incidentLink?.status).toBe('proposed');

    const moved = await incidents.assign(nov.id, a.incidentId!);
    expect(await db.incidents.get(b.incidentId!)).toBeUndefined();
    expect((await incidents.get(a.incidentId!))?.clippingIds).toEqual([nov.id, zh.id]);
    await incidents.undo(moved);
    expect((await incidents.get(b.incidentId!))?.clippingIds).toEqual([nov.id]);
    expect((await incidents.get(a.incidentId!))?.clippingIds).toEqual([zh.id]);

    const merged = await incidents.merge(a.incidentId!, b.incidentId!);
    expect((await incidents.get(a.incidentId!))?.mergedIds).toEqual([b.incidentId]);
    expect(await incidents.list()).toHaveLength(1);
    const split = await incidents.split(nov.id);
    expect(await incidents.list()).toHaveLength(2);
    await expect(incidents.undo(merged)).rejects.toBeInstanceOf(IncidentConflictError);
    await incidents.undo(split);
    await incidents.undo(merged);
    expect((await incidents.list()).map((incident) => incident.id).sort()).toEqual([a.incidentId, b.incidentId].sort());
    expect((await db.clippings.get(nov.id))?.incidentId).toBe(b.incidentId);
  });

  test('saving an article again keeps its incident', async () => {
    const { clippings, incidents } = library();
    const zh = await clippings.save(withIds(zhJan()));
    const linked = await incidents.linkOnSave(zh.id);
    const again = await clippings.save({ ...withIds(zhJan()), note: 'edited' });
    expect(again.incidentId).toBe(linked.incidentId);
    expect((await incidents.linkOnSave(zh.id)).incidentId).toBe(linked.incidentId);
  });
});

describe('timeline passages', () => {
  test('the sentence around a date, and what it says happened', async () => {
    const { incidentTimelineOf, passageAround, eventOfPassage } = await import('../../../storage/incident-repository');
    const text = 'Intro line.\nThe company said on 11 January 2023 that exports were suspended. Services were restored on 20 January.';
    const at = text.indexOf('11 January 2023');
    const span = passageAround(text, at, at + 15);
    expect(text.slice(span.start, span.end)).toBe('The company said on 11 January 2023 that exports were suspended.');
    expect(eventOfPassage('Services were restored on 20 January.')).toBe('restored');
    expect(eventOfPassage('服务已于周五恢复。')).toBe('restored');
    expect(eventOfPassage('The weather was fine.')).toBeNull();
    const clipping = { ...(await import('./clipping-fixtures')).makeClipping(makeDraft({ text, published: '2023-01-21' }, [['date', '11 January 2023', '2023-01-11'], ['date', '20 January', '2023-01-20']])) };
    expect(incidentTimelineOf([clipping]).map((event) => [event.date, event.event])).toEqual([
      ['2023-01-11', 'disrupted'],
      ['2023-01-20', 'restored'],
      ['2023-01-21', 'published'],
    ]);
  });

  test('dates before the incident began are background, kept apart from its events', async () => {
    const { incidentTimelineOf } = await import('../../../storage/incident-repository');
    const { makeClipping } = await import('./clipping-fixtures');
    const text = 'Royal Mail said on 11 January 2023 that exports were suspended. The company was also hit in 2019, and in March 2022 it changed suppliers.';
    const clipping = makeClipping(makeDraft({ text, published: '2023-01-12' }, [['date', '11 January 2023', '2023-01-11'], ['date', '2019', '2019'], ['date', 'March 2022', '2022-03']]));
    expect(clipping.incidentDate).toBe('2023-01-11');
    const events = incidentTimelineOf([clipping]);
    expect(events.filter((event) => !event.background).map((event) => event.date)).toEqual(['2023-01-11', '2023-01-12']);
    expect(events.filter((event) => event.background).map((event) => event.date)).toEqual(['2019', '2022-03']);
    // A month the incident began in is its own, not background.
    const january = makeClipping(makeDraft({ text: 'In January 2023 the attack began on 11 January 2023.', published: '2023-01-12' }, [['date', 'January 2023', '2023-01'], ['date', '11 January 2023', '2023-01-11']]));
    expect(incidentTimelineOf([january]).some((event) => event.background)).toBe(false);
  });
});
