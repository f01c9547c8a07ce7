import { useCallback, useMemo, useState } from 'react';
import type { Actor, ActorKind } from '../../../electron/common/model';
import { useActorRegistry } from '../api/useActorRegistry';
import { useClipSummary } from '../api/useClipSummary';
import { useNavigation } from '../app/navigation';
import { useToast } from '../app/Toasts';
import { ActorForm } from './ActorForm';
import { ActorList } from './ActorList';
import { ActorPage } from './ActorPage';
import { ActorTrash } from './ActorTrash';
import { MergeDialog } from './MergeDialog';
import { useActorTrash } from './useActorTrash';
import './ActorsSection.css';

type Editing = { actor?: Actor } | null;

/** The actor registry on the left; the open actor's page (or the trash) on the right. */
export function ActorsSection() {
  const { place, go } = useNavigation();
  const notify = useToast();
  const registry = useActorRegistry();
  const { byActor } = useClipSummary();
  const counts = useMemo(() => new Map(Object.entries(byActor)), [byActor]);
  const [text, setText] = useState('');
  const [kind, setKind] = useState<'' | ActorKind>('');
  const [showTrash, setShowTrash] = useState(false);
  const [editing, setEditing] = useState<Editing>(null);
  const [merging, setMerging] = useState<Actor | null>(null);

  const openActor = useCallback(
    (actorId: string) => {
      setShowTrash(false);
      go({ section: 'actors', actorId });
    },
    [go],
  );
  const { trash, restore } = useActorTrash(useCallback((actor: Actor) => openActor(actor.id), [openActor]));

  const moveToTrash = async (actor: Actor) => {
    const index = registry.actors.findIndex((a) => a.id === actor.id);
    const neighbour = registry.actors[index + 1] ?? registry.actors[index - 1];
    if (await trash(actor)) go(neighbour ? { section: 'actors', actorId: neighbour.id } : { section: 'actors' });
  };

  return (
    <div className="ActorsSection">
      <ActorList
        actors={registry.actors}
        byId={registry.byId}
        counts={counts}
        loading={registry.loading}
        error={registry.error}
        text={text}
        kind={kind}
        selectedId={place.actorId ?? null}
        trashCount={registry.trash.length}
        showingTrash={showTrash}
        onText={setText}
        onKind={setKind}
        onSelect={openActor}
        onNew={() => setEditing({})}
        onShowTrash={() => setShowTrash(true)}
      />
      <main className="ActorsSection-main">
        {showTrash ? (
          <ActorTrash trash={registry.trash} loading={registry.loading} onRestore={(actor) => void restore(actor)} />
        ) : place.actorId ? (
          <ActorPage
            key={place.actorId}
            actorId={place.actorId}
            onEdit={(actor) => setEditing({ actor })}
            onMerge={setMerging}
            onTrash={(actor) => void moveToTrash(actor)}
            onRestore={(actor) => void restore(actor)}
            onOpenActor={openActor}
          />
        ) : (
          <div className="ActorsSection-empty">
            <p className="ActorsSection-lead">No actor open</p>
            <p>
              People, states, organisations, military units and media outlets that speak in your clips or are spoken
              of. Choose one on the left to see what they said and what was said about them.
            </p>
            <button type="button" className="Button is-primary" onClick={() => setEditing({})}>
              New actor
            </button>
          </div>
        )}
      </main>
      {editing && (
        <ActorForm
          actor={editing.actor}
          actors={registry.actors}
          onClose={() => setEditing(null)}
          onSaved={(actor) => {
            setEditing(null);
            notify({ message: editing.actor ? `Saved “${actor.name}”.` : `Added “${actor.name}” to the actors.` });
            openActor(actor.id);
          }}
        />
      )}
      {merging && (
        <MergeDialog
          actor={merging}
          actors={registry.actors}
          onClose={() => setMerging(null)}
          onMerged={(into, moved) => {
            setMerging(null);
            const clips = moved === 0 ? 'no clips' : moved === 1 ? '1 clip' : `${moved} clips`;
            notify({ message: `Merged “${merging.name}” into “${into.name}”; ${clips} moved.` });
            openActor(into.id);
          }}
        />
      )}
    </div>
  );
}
