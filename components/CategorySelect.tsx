import { FACT_CATEGORIES, type FactCategory } from '../engine/types';
import { t } from './i18n';

/** Props of {@link CategorySelect}. */
export type CategorySelectProps = {
  /** The chosen category. */
  value: FactCategory;
  /** Called with the new category. */
  onChange: (category: FactCategory) => void;
  /** Accessible name of the select. */
  label: string;
};

/** A select of the fact categories, in their UI order, with localised names. */
export default function CategorySelect({ value, onChange, label }: CategorySelectProps) {
  return (
    <select
      class="category-select"
      aria-label={label}
      value={value}
      onChange={(event) => onChange((event.currentTarget as HTMLSelectElement).value as FactCategory)}
    >
      {FACT_CATEGORIES.map((category) => (
        <option key={category} value={category}>
          {t(`category_${category}`)}
        </option>
      ))}
    </select>
  );
}
