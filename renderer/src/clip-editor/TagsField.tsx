import { useId, useState } from 'react';

interface TagsFieldProps {
  tags: string[];
  onChange(tags: string[]): void;
}

/** Splits "naval, sanctions" into tags; an empty piece is dropped. */
export function parseTags(text: string): string[] {
  return [...new Set(text.split(',').map((t) => t.trim()).filter(Boolean))];
}

/** Tags as comma-separated text; what is typed stays as typed while each change saves. */
export function TagsField({ tags, onChange }: TagsFieldProps) {
  const id = useId();
  const hintId = useId();
  // The field keeps the user's own text (a trailing comma while typing); the clip gets the parsed tags.
  const [text, setText] = useState(() => tags.join(', '));
  return (
    <div className="Field ClipPanel-field">
      <label htmlFor={id}>Tags</label>
      <input
        id={id}
        className="Input"
        aria-describedby={hintId}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          const next = parseTags(event.target.value);
          if (next.join('\n') !== tags.join('\n')) onChange(next);
        }}
      />
      <span id={hintId} className="Field-hint">
        Separate tags with commas, e.g. naval, sanctions.
      </span>
    </div>
  );
}
