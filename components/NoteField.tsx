import { t } from './i18n';

/** Props of {@link NoteField}. */
export type NoteFieldProps = {
  /** The note as written so far. */
  value: string;
  /** Visible lines of the text area. */
  rows: number;
  /** Called with the whole note on every keystroke. */
  onChange: (note: string) => void;
};

/** The labelled note box of the popup and the library's clipping view. */
export default function NoteField({ value, rows, onChange }: NoteFieldProps) {
  return (
    <label class="field">
      <span>{t('note')}</span>
      <textarea
        class="note"
        rows={rows}
        value={value}
        placeholder={t('notePlaceholder')}
        onInput={(event) => onChange((event.currentTarget as HTMLTextAreaElement).value)}
      />
    </label>
  );
}
