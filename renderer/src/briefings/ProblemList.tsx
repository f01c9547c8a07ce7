import type { QuoteProblem } from '../../../electron/common/model';
import { useClipView } from './nodes/ClipViewsContext';

const KIND_LABEL: Record<QuoteProblem['kind'], string> = {
  missing: 'Missing source',
  orphaned: 'Not found in its article',
  'not-verbatim': 'Not verbatim',
};

function shorten(text: string, max = 140): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

function ProblemItem({ problem }: { problem: QuoteProblem }) {
  const view = useClipView(problem.clipId);
  const quote = view ? `“${shorten(view.clip.selectors.quote.exact)}”` : view === null ? 'A deleted clip' : `Clip ${problem.clipId}`;
  const source = view ? [view.speaker?.name, view.article.outlet].filter(Boolean).join(', ') : '';
  return (
    <li className="ProblemList-item">
      <span className="ProblemList-kind">{KIND_LABEL[problem.kind]}</span>
      <span className="ProblemList-quote">
        {quote}
        {source && <span className="ProblemList-source"> — {source}</span>}
      </span>
      <span className="ProblemList-message">{problem.message}</span>
    </li>
  );
}

/** The quotes that failed the check before export: which clip, and what is wrong. */
export function ProblemList({ problems }: { problems: QuoteProblem[] }) {
  return (
    <ul className="ProblemList" aria-label="Quote problems">
      {problems.map((problem) => (
        <ProblemItem key={`${problem.clipId}-${problem.kind}`} problem={problem} />
      ))}
    </ul>
  );
}
