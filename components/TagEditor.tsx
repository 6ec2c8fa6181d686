import { useState } from 'preact/hooks';
import { t } from './i18n';

/** Props of {@link TagEditor}. */
export type TagEditorProps = {
  /** Current tags. */
  tags: string[];
  /** Tags used elsewhere in the library, offered while typing. */
  suggestions: string[];
  /** Called with the new tag list. */
  onChange: (tags: string[]) => void;
  /** Distinguishes the datalist id when two editors share a page. */
  idPrefix?: string;
};

/** Normalises a typed tag: trimmed, inner whitespace collapsed, no leading '#'. */
export function normalizeTag(raw: string): string {
  return raw.trim().replace(/^#+/, '').replace(/\s+/g, ' ');
}

/** Tag chips with remove buttons, and an input (Enter or comma adds) with suggestions. */
export default function TagEditor({ tags, suggestions, onChange, idPrefix = 'tags' }: TagEditorProps) {
  const [text, setText] = useState('');
  const add = (raw: string) => {
    const tag = normalizeTag(raw);
    setText('');
    if (tag && !tags.includes(tag)) onChange([...tags, tag]);
  };
  const offered = suggestions.filter((tag) => !tags.includes(tag));
  return (
    <div class="tag-editor">
      <ul class="tags">
        {tags.map((tag) => (
          <li key={tag} class="tag chip">
            {tag}
            <button type="button" class="icon" aria-label={t('removeTag', tag)} onClick={() => onChange(tags.filter((other) => other !== tag))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <input
        type="text"
        class="tag-input"
        aria-label={t('addTag')}
        placeholder={t('addTagPlaceholder')}
        list={`${idPrefix}-suggestions`}
        value={text}
        onInput={(event) => {
          const value = (event.currentTarget as HTMLInputElement).value;
          if (value.endsWith(',') || value.endsWith('，')) add(value.slice(0, -1));
          else setText(value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            add((event.currentTarget as HTMLInputElement).value);
          }
        }}
        onBlur={(event) => add((event.currentTarget as HTMLInputElement).value)}
      />
      <datalist id={`${idPrefix}-suggestions`}>
        {offered.map((tag) => (
          <option key={tag} value={tag} />
        ))}
      </datalist>
    </div>
  );
}
