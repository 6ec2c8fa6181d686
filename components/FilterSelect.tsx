import { t } from './i18n';

/** Props of {@link FilterSelect}. */
export type FilterSelectProps = {
  /** Visible label. */
  label: string;
  /** Form field name (tests and the browser's form restore use it). */
  name: string;
  /** The chosen value, or undefined for "any". */
  value: string | undefined;
  /** The values to offer. */
  values: string[];
  /** How a value is shown (e.g. a kind in the UI language); the value itself when omitted. */
  display?: (value: string) => string;
  /** Called with the chosen value, or undefined when "any" is chosen. */
  onChange: (value: string | undefined) => void;
};

/** One labelled filter of the library: "any" plus the values present in the library. */
export default function FilterSelect({ label, name, value, values, display, onChange }: FilterSelectProps) {
  return (
    <label class="filter">
      <span>{label}</span>
      <select name={name} value={value ?? ''} onChange={(event) => onChange((event.currentTarget as HTMLSelectElement).value || undefined)}>
        <option value="">{t('filterAny')}</option>
        {values.map((v) => (
          <option key={v} value={v}>
            {display ? display(v) : v}
          </option>
        ))}
      </select>
    </label>
  );
}
