import { useId } from 'react';
import type { Actor, SpeakerSuggestion } from '../../../electron/common/model';
import { ActorCombobox } from './ActorCombobox';

interface SpeakerFieldProps {
  speaker: Actor | null;
  /** Set when the clip names a speaker that is no longer in the registry. */
  missing: boolean;
  actors: readonly Actor[];
  suggestion: SpeakerSuggestion | null;
  onChange(speakerId: string | null): void;
  /** Adds a name to the registry and makes it the speaker. */
  onCreate(name: string): void;
  onAccept(suggestion: SpeakerSuggestion): void;
}

/** The rule that found the speaker, e.g. `“…,” X told`, without how the name was resolved. */
function patternText(pattern: string): string {
  return pattern.replace(/\s*\([^)]*\)\s*$/, '');
}

/** Who said the quote: Dossier's suggestion to accept, or any actor picked by name. */
export function SpeakerField({ speaker, missing, actors, suggestion, onChange, onCreate, onAccept }: SpeakerFieldProps) {
  const inputId = useId();
  const suggestionId = useId();
  const offer = suggestion && !(speaker && (speaker.id === suggestion.actorId || speaker.name === suggestion.name)) ? suggestion : null;

  return (
    <div className="Field ClipPanel-field">
      <label htmlFor={inputId}>Speaker</label>
      {speaker ? (
        <p className="ClipPanel-chips">
          <span className="ClipPanel-chip">
            {speaker.name}
            <button type="button" className="ClipPanel-chipRemove" aria-label={`Remove speaker ${speaker.name}`} onClick={() => onChange(null)}>
              ×
            </button>
          </span>
        </p>
      ) : missing ? (
        <p className="Field-hint">The speaker was deleted from the actors; choose another.</p>
      ) : null}
      {offer && (
        <div className="ClipPanel-suggestion">
          <p id={suggestionId}>
            Suggested: <strong>{offer.name}</strong> <span className="ClipPanel-pattern">(from {patternText(offer.pattern)})</span>
          </p>
          <button type="button" className="Button is-primary" aria-describedby={suggestionId} onClick={() => onAccept(offer)}>
            Accept
          </button>
        </div>
      )}
      <ActorCombobox
        id={inputId}
        actors={actors}
        exclude={speaker ? [speaker.id] : []}
        placeholder={speaker ? 'Change the speaker…' : 'Type a name…'}
        onPick={(actor) => onChange(actor.id)}
        onCreate={onCreate}
      />
    </div>
  );
}
