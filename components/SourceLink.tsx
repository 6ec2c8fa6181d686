import { languageName, t } from './i18n';

/** Props of {@link SourceLink}. */
export type SourceLinkProps = {
  /** The source's number on the incident page (1 = its first source). */
  number: number;
  /** The source's language tag. */
  lang: string;
  /** The source's title, for the tooltip. */
  title: string;
  /** Opens the source at the passage. */
  onOpen: () => void;
};

/** A small numbered link from a fact to the source and passage it came from ("1", "2"). */
export default function SourceLink({ number, lang, title, onOpen }: SourceLinkProps) {
  const label = t('incidentSourceLabel', String(number), languageName(lang));
  return (
    <button type="button" class="source-link" data-source={number} aria-label={t('incidentOpenPassage', label)} title={`${t('incidentOpenPassage', label)}: ${title}`} onClick={onOpen}>
      {number}
    </button>
  );
}
