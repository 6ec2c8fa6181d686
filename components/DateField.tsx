import { useEffect, useState } from 'preact/hooks';
import { parseTypedDate } from './date-input';
import { t } from './i18n';

/** Props of {@link DateField}. */
export type DateFieldProps = {
  /** Visible label. */
  label: string;
  /** Form field name. */
  name: string;
  /** The ISO date (YYYY-MM-DD), or undefined for none. */
  value: string | undefined;
  /** Called with the ISO date once the text is a whole date, or undefined when it is cleared. */
  onChange: (value: string | undefined) => void;
};

/**
 * A date typed as text, with the UI language's hint ("YYYY-MM-DD" / "年-月-日"): unlike the
 * browser's date input, it does not switch to mm/dd/yyyy in a Chinese UI on an English system.
 * A text that is not a date is kept as typed and marked invalid; the filter keeps its last date.
 */
export default function DateField({ label, name, value, onChange }: DateFieldProps) {
  const [text, setText] = useState(value ?? '');
  useEffect(() => {
    // A value changed from outside (Clear, a chart click) replaces what was typed.
    if ((value ?? '') !== parseTypedDate(text) && !(value === undefined && text.trim() === '')) setText(value ?? '');
  }, [value]);
  const parsed = parseTypedDate(text);
  const invalid = text.trim() !== '' && parsed === null;
  return (
    <label class="filter">
      <span>{label}</span>
      <input
        type="text"
        class="date-field"
        name={name}
        inputMode="numeric"
        size={11}
        placeholder={t('datePlaceholder')}
        aria-invalid={invalid}
        title={t('dateHint')}
        value={text}
        onInput={(event) => {
          const next = (event.currentTarget as HTMLInputElement).value;
          setText(next);
          if (next.trim() === '') onChange(undefined);
          else {
            const iso = parseTypedDate(next);
            if (iso) onChange(iso);
          }
        }}
      />
    </label>
  );
}
