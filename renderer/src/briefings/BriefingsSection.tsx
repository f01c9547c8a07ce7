import { useEffect, useState } from 'react';
import { useBriefings } from '../api/useBriefings';
import { useNavigation } from '../app/navigation';
import { BriefingEditor } from './BriefingEditor';
import { BriefingList } from './BriefingList';
import { BriefingTrash } from './BriefingTrash';
import { lastOpenedBriefing, rememberOpened } from './lastOpened';
import { TemplateDialog } from './TemplateDialog';
import { useBriefingActions } from './useBriefingActions';
import './BriefingsSection.css';

/** Briefings: the list on the left, the open briefing (or the trash) on the right. */
export function BriefingsSection() {
  const { place } = useNavigation();
  const list = useBriefings(false);
  const trash = useBriefings(true);
  const actions = useBriefingActions();
  const [showingTrash, setShowingTrash] = useState(false);
  const [fromClips, setFromClips] = useState(false);
  // Back from another section: the briefing that was open, if it is still in the list.
  const remembered = lastOpenedBriefing();
  const openId = place.briefingId ?? (remembered && list.briefings.some((b) => b.id === remembered) ? remembered : null);
  useEffect(() => {
    if (place.briefingId) rememberOpened(place.briefingId);
  }, [place.briefingId]);

  const open = (id: string) => {
    setShowingTrash(false);
    actions.open(id);
  };

  return (
    <div className="BriefingsSection">
      <BriefingList
        briefings={list.briefings}
        loading={list.loading}
        error={list.error}
        openId={openId}
        trashCount={trash.briefings.length}
        showingTrash={showingTrash}
        onOpen={open}
        onNew={() => {
          setShowingTrash(false);
          void actions.create();
        }}
        onNewFromClips={() => setFromClips(true)}
        onShowTrash={() => setShowingTrash(true)}
      />
      <main className="BriefingsSection-main">
        {showingTrash ? (
          <BriefingTrash
            briefings={trash.briefings}
            loading={trash.loading}
            error={trash.error}
            onRestore={(b) => void actions.restore(b)}
          />
        ) : openId ? (
          <BriefingEditor key={openId} id={openId} actions={actions} />
        ) : (
          <section className="BriefingsSection-empty" aria-label="No briefing open">
            <h2>{list.briefings.length ? 'Choose a briefing to work on' : 'Write your first briefing'}</h2>
            <p>Write around your clips: each quote stays linked to its source and is checked before export.</p>
            <div className="BriefingsSection-emptyActions">
              <button type="button" className="Button is-primary" onClick={() => void actions.create()}>
                New briefing
              </button>
              <button type="button" className="Button" onClick={() => setFromClips(true)}>
                New from clips…
              </button>
            </div>
          </section>
        )}
      </main>
      {fromClips && (
        <TemplateDialog
          onClose={() => setFromClips(false)}
          onCreated={(id) => {
            setFromClips(false);
            open(id);
          }}
        />
      )}
    </div>
  );
}
