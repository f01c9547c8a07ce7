import { useId, useState } from 'react';
import type { Actor, Article, ArticleSuggestions, Clip, ClipPatch, SpeakerSuggestion } from '../../../electron/common/model';
import type { ActorRegistryState } from '../api/useActorRegistry';
import { useSpeakerSuggestion } from '../api/useSuggestions';
import { formatDate } from '../app/format';
import { AboutField } from './AboutField';
import { NoteEditor } from './NoteEditor';
import { SpeakerField } from './SpeakerField';
import { TagsField } from './TagsField';
import { useAddActor } from './useAddActor';

interface ClipFormProps {
  clip: Clip;
  article: Article;
  registry: ActorRegistryState;
  suggestions: ArticleSuggestions | null;
  onChange(patch: ClipPatch): void;
}

/** Known, live actors named inside the quote's passage. */
function mentionedIn(clip: Clip, suggestions: ArticleSuggestions | null, byId: Map<string, Actor>): Actor[] {
  const { start, end } = clip.selectors.position;
  const ids = new Set((suggestions?.known ?? []).filter((m) => m.start >= start && m.end <= end).map((m) => m.actorId));
  return [...ids].map((id) => byId.get(id)).filter((a): a is Actor => Boolean(a && !a.deletedAt));
}

/** The fields of a clip. Every change goes to onChange at once; saving is the editor's job. */
export function ClipForm({ clip, article, registry, suggestions, onChange }: ClipFormProps) {
  const dateId = useId();
  const dateHintId = useId();
  const { start, end } = clip.selectors.position;
  const suggestion = useSpeakerSuggestion(article.id, start, end);
  const add = useAddActor(registry.actors, suggestions?.proposed);
  // Actors added from here, until the registry lists them (it lists again on its own).
  const [added, setAdded] = useState<Map<string, Actor>>(new Map());
  const addActor = async (name: string, kind: 'person') => {
    const actor = await add(name, kind);
    if (actor) setAdded((m) => new Map(m).set(actor.id, actor));
    return actor;
  };
  const actorById = (id: string) => registry.byId.get(id) ?? added.get(id);
  const speaker = clip.speakerId ? (actorById(clip.speakerId) ?? null) : null;
  const about = clip.aboutIds.map(actorById).filter((a): a is Actor => Boolean(a));

  const accept = async (offer: SpeakerSuggestion) => {
    const known = offer.actorId ? actorById(offer.actorId) : undefined;
    const actor = known && !known.deletedAt ? known : await addActor(offer.name, 'person');
    if (actor) onChange({ speakerId: actor.id });
  };
  const createSpeaker = async (name: string) => {
    const actor = await addActor(name, 'person');
    if (actor) onChange({ speakerId: actor.id });
  };
  const createAbout = async (name: string) => {
    const actor = await addActor(name, 'person');
    if (actor) onChange({ aboutIds: [...clip.aboutIds, actor.id] });
  };

  return (
    <div className="ClipPanel-form">
      {clip.status === 'orphaned' && (
        <p className="ClipPanel-notice">
          <strong>This quote lost its place in the article.</strong> {clip.statusReason}
        </p>
      )}
      <figure className="ClipPanel-quoteFigure">
        <figcaption className="Field-label">Quote (verbatim, cannot be edited)</figcaption>
        <blockquote className="ClipPanel-quote">{clip.selectors.quote.exact}</blockquote>
      </figure>
      <SpeakerField
        speaker={speaker}
        missing={Boolean(clip.speakerId && !speaker)}
        actors={registry.actors}
        suggestion={suggestion}
        onChange={(speakerId) => onChange({ speakerId })}
        onCreate={createSpeaker}
        onAccept={accept}
      />
      <AboutField
        about={about}
        actors={registry.actors}
        mentioned={mentionedIn(clip, suggestions, registry.byId)}
        onChange={(aboutIds) => onChange({ aboutIds })}
        onCreate={createAbout}
      />
      <TagsField tags={clip.tags} onChange={(tags) => onChange({ tags })} />
      <div className="Field ClipPanel-field">
        <label htmlFor={dateId}>Statement date</label>
        <input
          id={dateId}
          className="Input ClipPanel-date"
          type="date"
          aria-describedby={dateHintId}
          value={clip.statementDate?.slice(0, 10) ?? ''}
          onChange={(event) => onChange({ statementDate: event.target.value || null })}
        />
        <span id={dateHintId} className="Field-hint">
          {article.published ? `The article is dated ${formatDate(article.published)}.` : 'The article has no date.'}
        </span>
      </div>
      <NoteEditor
        json={clip.noteJson}
        text={clip.noteText}
        onChange={(noteJson, noteText) => onChange({ noteJson, noteText })}
      />
    </div>
  );
}
