// @vitest-environment happy-dom
/**
 * The library links a clipping's address only when it is http(s): a javascript: or data: URL
 * stored by an older build or brought in by an import is shown without a link.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import LibraryApp from '../../../components/LibraryApp';
import { createClippingRepository, type ClippingRepository } from '../../../storage/clipping-repository';
import { openDatabase, type IncidentLensDatabase } from '../../../storage/database';
import { createIncidentRepository } from '../../../storage/incident-repository';
import { linkableUrl } from '../../../storage/registrable-domain';
import { COUNCIL_TEXT, makeClipping, makeDraft } from './clipping-fixtures';

let db: IncidentLensDatabase;
let repository: ClippingRepository;
beforeEach(() => {
  db = openDatabase(`links-${Math.random()}`);
  repository = createClippingRepository(db);
});
afterEach(async () => {
  cleanup();
  db.close();
  await Dexie.delete(db.name);
});

describe('linkableUrl', () => {
  test.each([
    ['https://www.bleepingcomputer.com/a', 'https://www.bleepingcomputer.com/a'],
    ['http://example.org/a?b=1', 'http://example.org/a?b=1'],
    ['javascript:alert(1)', undefined],
    ['JaVaScRiPt:alert(1)', undefined],
    [' javascript:alert(1)', undefined],
    ['data:text/html,<script>x</script>', undefined],
    ['vbscript:x', undefined],
    ['/relative', undefined],
    ['', undefined],
    [null, undefined],
  ])('%s → %s', (url, expected) => {
    expect(linkableUrl(url)).toBe(expected);
  });
});

describe('the library view of a stored clipping', () => {
  test.each([
    ['https://www.bleepingcomputer.com/a', 'https://www.bleepingcomputer.com/a'],
    ['javascript:alert(document.domain)', null],
    ['data:text/html,<script>alert(1)</script>', null],
  ])('%s is linked as %s', async (url, href) => {
    // Written straight to the table, as an older build or an import could have.
    await db.clippings.add(makeClipping(makeDraft({ text: COUNCIL_TEXT, url, title: 'Stored clipping' })));
    render(<LibraryApp repository={repository} incidents={createIncidentRepository(db)} requestPersistence={async () => true} />);
    fireEvent.click(await screen.findByText('Stored clipping'));
    await screen.findByRole('textbox', { name: 'Title' });
    const links = [...document.querySelectorAll('.clipping-view a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(href ? [href] : []);
  });
});
