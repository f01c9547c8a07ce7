import type { ImportOutcome, ImportReport } from '../../../electron/common/model';
import { plural } from '../app/format';

interface ImportSummaryProps {
  report: ImportReport;
  skipped: string[];
  onOpen(id: string): void;
}

/** The end of an import: what came in, what was already there, and why anything failed. */
export function ImportSummary({ report, skipped, onOpen }: ImportSummaryProps) {
  const nothing = report.outcomes.length === 0;
  return (
    <div className="ImportSummary">
      <p className="ImportSummary-counts" role="status">
        {nothing
          ? 'No articles were found to import.'
          : [
              `${report.imported} imported`,
              plural(report.duplicates, 'duplicate'),
              `${report.failed} failed`,
            ].join(' · ')}
      </p>
      {!nothing && (
        <ul className="ImportSummary-list" aria-label="Import results">
          {report.outcomes.map((outcome, index) => (
            <Outcome key={`${index}-${outcome.name}`} outcome={outcome} onOpen={onOpen} />
          ))}
        </ul>
      )}
      {skipped.length > 0 && (
        <details className="ImportSummary-skipped">
          <summary>{plural(skipped.length, 'other file')} in the folder skipped (not .txt, .md or .html)</summary>
          <ul>
            {skipped.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

function Outcome({ outcome, onOpen }: { outcome: ImportOutcome; onOpen(id: string): void }) {
  switch (outcome.status) {
    case 'imported':
      return (
        <li className="ImportSummary-item is-imported">
          <span className="ImportSummary-status">Imported</span>
          <span className="ImportSummary-text">
            <span className="ImportSummary-name">{outcome.article.title || outcome.name}</span>
            {outcome.article.title && outcome.name !== 'pasted text' && (
              <span className="ImportSummary-detail">{outcome.name}</span>
            )}
          </span>
          <button
            type="button"
            className="Button is-plain"
            aria-label={`Open “${outcome.article.title}”`}
            onClick={() => onOpen(outcome.article.id)}
          >
            Open
          </button>
        </li>
      );
    case 'duplicate':
      return (
        <li className="ImportSummary-item is-duplicate">
          <span className="ImportSummary-status">Duplicate</span>
          <span className="ImportSummary-text">
            <span className="ImportSummary-name">{outcome.name}</span>
            <span className="ImportSummary-detail">
              Already in the library as “{outcome.existing.title}”{outcome.existing.deletedAt ? ' (in the trash)' : ''}.
            </span>
          </span>
        </li>
      );
    case 'failed':
      return (
        <li className="ImportSummary-item is-failed">
          <span className="ImportSummary-status">Failed</span>
          <span className="ImportSummary-text">
            <span className="ImportSummary-name">{outcome.name}</span>
            <span className="ImportSummary-detail">{outcome.message}</span>
          </span>
        </li>
      );
  }
}
