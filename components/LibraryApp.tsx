import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Clipping } from '../storage/clipping';
import type { ClippingRepository } from '../storage/clipping-repository';
import ClippingListItem from './ClippingListItem';
import { t } from './i18n';

/** Props of {@link LibraryApp}. */
export type LibraryAppProps = {
  /** Where clippings are read and written. */
  repository: ClippingRepository;
};

/** The library page: clippings newest first; open one to read it; delete. */
export default function LibraryApp({ repository }: LibraryAppProps) {
  const [clippings, setClippings] = useState<Clipping[] | null>(null);
  const [open, setOpen] = useState<Clipping | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      setClippings(await repository.listNewestFirst({ limit: 200 }));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, [repository]);
  useEffect(() => void reload(), [reload]);

  const onDelete = async (clipping: Clipping) => {
    await repository.remove(clipping.id);
    if (open?.id === clipping.id) setOpen(null);
    await reload();
  };

  return (
    <main class="library">
      <h1>{t('libraryTitle')}</h1>
      {error && <p class="error" role="alert">{error}</p>}
      {open ? (
        <article class="clipping-view">
          <button type="button" onClick={() => setOpen(null)}>{t('back')}</button>
          <h2>{open.title || t('untitled')}</h2>
          <p class="clipping-meta">{[open.site, open.published, open.url].filter(Boolean).join(' · ')}</p>
          <div class="clipping-text">{open.text}</div>
        </article>
      ) : clippings && clippings.length === 0 ? (
        <p class="empty">{t('libraryEmpty')}</p>
      ) : (
        <ul class="clipping-list">
          {clippings?.map((clipping) => (
            <ClippingListItem key={clipping.id} clipping={clipping} onOpen={setOpen} onDelete={onDelete} />
          ))}
        </ul>
      )}
    </main>
  );
}
