import { useId, useState } from 'react';
import { ACTOR_KINDS, type Actor, type ProposedActor } from '../../../electron/common/model';
import { errorMessage } from '../api/dossier';
import type { ActorRegistryState } from '../api/useActorRegistry';
import { useApi } from '../api/useApi';
import type { ArticleSuggestionsState } from '../api/useSuggestions';
import { plural } from '../app/format';
import { useNavigation } from '../app/navigation';
import { useToast } from '../app/Toasts';
import { ActorCombobox } from '../clip-editor/ActorCombobox';
import './ArticleActors.css';

interface ArticleActorsProps {
  state: ArticleSuggestionsState;
  registry: ActorRegistryState;
}

const kindLabel = (kind: string) => ACTOR_KINDS.find((k) => k.kind === kind)?.label ?? kind;

/** Actors named in the article (known ones, by mentions) and names Dossier proposes adding. */
export function ArticleActors({ state, registry }: ArticleActorsProps) {
  const { go } = useNavigation();
  const { suggestions, error } = state;
  if (error) return <p className="ArticleActors-error" role="alert">Dossier could not look for actors: {error}</p>;
  if (!suggestions) return <p className="ArticleActors-empty">Looking for actors…</p>;

  const counts = new Map<string, number>();
  for (const mention of suggestions.known) counts.set(mention.actorId, (counts.get(mention.actorId) ?? 0) + 1);
  const known = [...counts]
    .map(([id, count]) => ({ actor: registry.byId.get(id), count }))
    .filter((k): k is { actor: Actor; count: number } => Boolean(k.actor))
    .sort((a, b) => b.count - a.count || a.actor.name.localeCompare(b.actor.name));

  return (
    <div className="ArticleActors">
      <h3 className="ArticleActors-heading">Known actors</h3>
      {known.length === 0 ? (
        <p className="ArticleActors-empty">No actor from your registry is named here yet.</p>
      ) : (
        <ul className="ArticleActors-list" aria-label="Known actors in this article">
          {known.map(({ actor, count }) => (
            <li key={actor.id}>
              <button type="button" className="ArticleActors-known" onClick={() => go({ section: 'actors', actorId: actor.id })}>
                <span className="ArticleActors-name">{actor.name}</span>
                <span className="ArticleActors-meta">{plural(count, 'mention')}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <h3 className="ArticleActors-heading">Proposed</h3>
      {suggestions.proposed.length === 0 ? (
        <p className="ArticleActors-empty">Nothing new to propose.</p>
      ) : (
        <ul className="ArticleActors-list" aria-label="Proposed actors">
          {suggestions.proposed.map((proposal) => (
            <Proposal key={proposal.name} proposal={proposal} actors={registry.actors} />
          ))}
        </ul>
      )}
    </div>
  );
}

/** One proposed name: add it as a new actor, or as another name of an actor already there. */
function Proposal({ proposal, actors }: { proposal: ProposedActor; actors: Actor[] }) {
  const api = useApi();
  const notify = useToast();
  const [aliasing, setAliasing] = useState(false);
  const inputId = useId();
  const { name } = proposal;

  const add = () =>
    api.actors.create({ name, kind: proposal.kind, role: proposal.role ?? '' }).then(
      (actor) => notify({ message: `Added ${actor.name} to the actors.` }),
      (e) => notify({ message: errorMessage(e), tone: 'error' }),
    );
  const addAlias = (actor: Actor) =>
    api.actors.update(actor.id, { aliases: [...actor.aliases, name] }).then(
      () => notify({ message: `“${name}” is now another name of ${actor.name}.` }),
      (e) => notify({ message: errorMessage(e), tone: 'error' }),
    );

  return (
    <li className="ArticleActors-proposal">
      <div className="ArticleActors-proposalText">
        <span className="ArticleActors-name">{name}</span>
        <span className="ArticleActors-meta">
          {[kindLabel(proposal.kind), proposal.role, plural(proposal.mentions, 'mention')].filter(Boolean).join(' · ')}
        </span>
      </div>
      <div className="ArticleActors-actions">
        <button type="button" className="Button" aria-label={`Add ${name}`} onClick={add}>
          Add
        </button>
        <button
          type="button"
          className="Button is-plain"
          aria-label={`Add ${name} as alias of…`}
          aria-expanded={aliasing}
          onClick={() => setAliasing((a) => !a)}
        >
          Alias of…
        </button>
      </div>
      {aliasing && (
        <div className="ArticleActors-alias">
          <label htmlFor={inputId}>Add “{name}” as another name of</label>
          <ActorCombobox id={inputId} actors={actors} placeholder="Find an actor…" onPick={(actor) => void addAlias(actor).then(() => setAliasing(false))} />
        </div>
      )}
    </li>
  );
}
