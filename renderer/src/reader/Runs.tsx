import type { MouseEvent, ReactNode } from 'react';
import type { Mark } from '../../../electron/common/model';
import type { Run } from './runs';

interface RunsProps {
  text: string;
  runs: Run[];
  /** Asks the system browser to open a link; the page itself never navigates. */
  onOpenLink(href: string): void;
}

const WEB_LINK = /^https?:\/\//i;

/**
 * Renders runs as React elements (never HTML strings). Every text span carries its
 * absolute offset in the article text, so a selection can be mapped back to offsets.
 */
export function Runs({ text, runs, onOpenLink }: RunsProps) {
  return runs.map((run) =>
    run.kind === 'text' ? (
      <span key={run.start} data-start={run.start}>
        {text.slice(run.start, run.end)}
      </span>
    ) : (
      <MarkElement key={`${run.mark.type}-${run.start}`} mark={run.mark} onOpenLink={onOpenLink}>
        <Runs text={text} runs={run.children} onOpenLink={onOpenLink} />
      </MarkElement>
    ),
  );
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
