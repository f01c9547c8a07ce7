import type { MouseEvent, ReactNode } from 'react';
import type { Mark } from '../../../electron/common/model';
import { segmentRun, type Highlight } from './highlights';
import type { Run } from './runs';

/** The clips shown over the text, and what clicking one does. */
export interface HighlightLayer {
  highlights: readonly Highlight[];
  activeClipId: string | null;
  onOpenClip(clipId: string): void;
}

interface RunsProps {
  text: string;
  runs: Run[];
  /** Asks the system browser to open a link; the page itself never navigates. */
  onOpenLink(href: string): void;
  layer?: HighlightLayer;
}

const WEB_LINK = /^https?:\/\//i;

/**
 * Renders runs as React elements (never HTML strings). Every text span carries its
 * absolute offset in the article text, so a selection can be mapped back to offsets.
 */
export function Runs({ text, runs, onOpenLink, layer }: RunsProps) {
  return runs.map((run) =>
    run.kind === 'text' ? (
      <TextRun key={run.start} text={text} start={run.start} end={run.end} layer={layer} />
    ) : (
      <MarkElement key={`${run.mark.type}-${run.start}`} mark={run.mark} onOpenLink={onOpenLink}>
        <Runs text={text} runs={run.children} onOpenLink={onOpenLink} layer={layer} />
      </MarkElement>
    ),
  );
}

/**
 * A text run, cut where clips begin and end. Each piece is one element holding one text
 * node and its offset (`data-start`); clipped pieces are <mark>s, and each clip gets a small
 * "open" button where it begins, so the keyboard reaches it too. The button holds no text,
 * so selections and offsets never see it.
 */
function TextRun({ text, start, end, layer }: { text: string; start: number; end: number; layer?: HighlightLayer }) {
  if (!layer || layer.highlights.length === 0) return <span data-start={start}>{text.slice(start, end)}</span>;
  const segments = segmentRun(start, end, layer.highlights);
  return segments.map((segment) => {
    const pins = segment.begins.map((h) => (
      <button
        key={`pin-${h.clipId}`}
        type="button"
        className="Reader-clipPin"
        aria-label={`Open ${h.label}`}
        title={h.label}
        onClick={() => layer.onOpenClip(h.clipId)}
      />
    ));
    const piece = text.slice(segment.start, segment.end);
    if (!segment.clipId) {
      return [
        ...pins,
        <span key={segment.start} data-start={segment.start}>
          {piece}
        </span>,
      ];
    }
    const clipId = segment.clipId;
    const label = layer.highlights.find((h) => h.clipId === clipId)?.label;
    const open = (event: MouseEvent) => {
      // A drag that selects text inside a highlight is a selection, not a click on it.
      if (!window.getSelection()?.isCollapsed) return;
      // A highlight inside a link opens the clip, not the link.
      event.preventDefault();
      event.stopPropagation();
      layer.onOpenClip(clipId);
    };
    const classes = ['Reader-clip', segment.overlap && 'is-overlap', clipId === layer.activeClipId && 'is-active'];
    return [
      ...pins,
      <mark
        key={segment.start}
        data-start={segment.start}
        data-clip-id={clipId}
        className={classes.filter(Boolean).join(' ')}
        title={`${label} (click to open)`}
        onClick={open}
      >
        {piece}
      </mark>,
    ];
  });
}

function MarkElement({ mark, children, onOpenLink }: { mark: Mark; children: ReactNode; onOpenLink(href: string): void }) {
  switch (mark.type) {
    case 'em':
      return <em>{children}</em>;
    case 'strong':
      return <strong>{children}</strong>;
    case 'code':
      return <code>{children}</code>;
    case 'link': {
      const href = mark.href ?? '';
      // Only web links are clickable; anything else (mailto:, leftovers) stays visible but inert.
      if (!WEB_LINK.test(href)) {
        return (
          <span className="Reader-inertLink" title={href || undefined}>
            {children}
          </span>
        );
      }
      const open = (event: MouseEvent) => {
        event.preventDefault();
        if (event.type === 'click') onOpenLink(href);
      };
      return (
        <a href={href} title={href} className="Reader-link" onClick={open} onAuxClick={open}>
          {children}
        </a>
      );
    }
  }
}
