import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLexicalNodeSelection } from '@lexical/react/useLexicalNodeSelection';
import type { MouseEvent } from 'react';
import {
  formatLongDate,
  speakerRole,
  statementDateOf,
} from '../../../../electron/common/briefing-doc';
import { useNavigation } from '../../app/navigation';
import { useClipView } from './ClipViewsContext';
import './ClipBlock.css';

interface ClipBlockProps {
  nodeKey: string;
  clipId: string;
}

/**
 * What a clip node shows: its quote, speaker (with role), outlet and date as they are
 * now, or a "Missing source" marker once the clip is deleted. Clicking selects the
 * block (Backspace or Delete then removes it); nothing inside is editable.
 */
export function ClipBlock({ nodeKey, clipId }: ClipBlockProps) {
  const [editor] = useLexicalComposerContext();
  const [selected, setSelected, clearSelected] = useLexicalNodeSelection(nodeKey);
  const { go } = useNavigation();
  const view = useClipView(clipId);

  const select = (event: MouseEvent) => {
    if ((event.target as HTMLElement).closest('button')) return;
    if (!event.shiftKey) clearSelected();
    setSelected(true);
    editor.focus();
  };
  const className = `ClipBlock${selected ? ' is-selected' : ''}`;

  if (view === undefined) {
    return (
      <div className={`${className} is-loading`} onClick={select}>
        Looking up the quote…
      </div>
    );
  }
  if (view === null) {
    return (
      <div className={`${className} is-missing`} role="note" onClick={select}>
        <strong className="ClipBlock-missing">Missing source</strong>
        <span>
          The clip quoted here was deleted. Restore it from the clips trash, or select this block and press Delete.
        </span>
      </div>
    );
  }

  const { clip, article, speaker, speakerAffiliation } = view;
  const role = speakerRole(speaker, speakerAffiliation);
  const date = formatLongDate(statementDateOf({ clip, article }));
  const who = speaker ? speaker.name : 'Unattributed';
  return (
    <figure className={`${className}${clip.status === 'orphaned' ? ' is-orphaned' : ''}`} onClick={select}>
      <blockquote className="ClipBlock-quote" cite={article.url ?? undefined}>
        {clip.selectors.quote.exact}
      </blockquote>
      <figcaption className="ClipBlock-caption">
        <button
          type="button"
          className="Button is-plain ClipBlock-open"
          title={article.title}
          onClick={() => go({ section: 'library', articleId: article.id, clipId: clip.id })}
        >
          Open source
        </button>
        —&nbsp;<span className="ClipBlock-speaker">{who}</span>
        {role && `, ${role}`}
        {article.outlet && (
          <>
            , <cite className="ClipBlock-outlet">{article.outlet}</cite>
          </>
        )}
        {date && (
          <>
            , <span className="ClipBlock-date">{date}</span>
          </>
        )}
      </figcaption>
      {clip.status === 'orphaned' && (
        <p className="ClipBlock-warning">
          <strong>Quote not found in its article.</strong> {clip.statusReason}
        </p>
      )}
    </figure>
  );
}
