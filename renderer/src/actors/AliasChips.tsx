import { useState } from 'react';
import './AliasChips.css';

interface AliasChipsProps {
  id: string;
  aliases: string[];
  /** Text typed but not yet added; the form adds it on save so nothing typed is lost. */
  draft: string;
  onDraft(text: string): void;
  onChange(aliases: string[]): void;
}

/** Adds one alias per Enter (or comma); each alias is a chip with its own remove button. */
export function AliasChips({ id, aliases, draft, onDraft, onChange }: AliasChipsProps) {
  const [announce, setAnnounce] = useState('');
  const add = (texts: string[] = [draft], rest = '') => {
    onDraft(rest);
    const next = [...aliases];
    for (const text of texts) {
      const alias = text.replace(/\s+/g, ' ').trim();
      if (alias && !next.some((a) => a.toLowerCase() === alias.toLowerCase())) next.push(alias);
    }
    if (next.length === aliases.length) return;
    onChange(next);
    setAnnounce(`Added alias ${next.slice(aliases.length).join(', ')}.`);
  };
  const remove = (alias: string) => {
    onChange(aliases.filter((a) => a !== alias));
    setAnnounce(`Removed alias ${alias}.`);
  };
  return (
    <div className="AliasChips">
      {aliases.length > 0 && (
        <ul className="AliasChips-list" aria-label="Aliases added">
          {aliases.map((alias) => (
            <li key={alias} className="AliasChips-chip">
              <span>{alias}</span>
              <button type="button" className="AliasChips-remove" aria-label={`Remove alias ${alias}`} onClick={() => remove(alias)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="AliasChips-add">
        <input
          id={id}
          className="Input"
          value={draft}
          placeholder="e.g. the Kremlin spokesman"
          aria-describedby={`${id}-hint`}
          onChange={(e) => {
            // A pasted list ("Peskov, the Kremlin spokesman") becomes one chip per name.
            const parts = e.target.value.split(',');
            if (parts.length > 1) add(parts.slice(0, -1), parts[parts.length - 1]);
            else onDraft(e.target.value);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' || e.key === ',') {
              e.preventDefault();
              add();
            } else if (e.key === 'Backspace' && !draft && aliases.length) {
              remove(aliases[aliases.length - 1]);
            }
          }}
        />
        <button type="button" className="Button" disabled={!draft.trim()} onClick={() => add()}>
          Add alias
        </button>
      </div>
      <span id={`${id}-hint`} className="Field-hint">
        Other names and descriptions the articles use. Press Enter to add each one.
      </span>
      <span className="visually-hidden" role="status">
        {announce}
      </span>
    </div>
  );
}
