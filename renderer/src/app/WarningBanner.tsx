import type { LibraryWarning } from '../../../electron/common/model';
import './WarningBanner.css';

interface WarningBannerProps {
  warnings: LibraryWarning[];
  onDismiss(warning: LibraryWarning): void;
}

/** Library problems the user must know about (a damaged file moved aside, a migration...). */
export function WarningBanner({ warnings, onDismiss }: WarningBannerProps) {
  if (warnings.length === 0) return null;
  return (
    <section className="WarningBanner" role="alert" aria-label="Library warnings">
      {warnings.map((warning, index) => (
        <div key={`${warning.at}-${warning.file}-${index}`} className="WarningBanner-item">
          <span className="WarningBanner-icon" aria-hidden="true">
            ⚠
          </span>
          <p className="WarningBanner-message">
            {warning.message}
            {warning.file && !warning.message.includes(warning.file) && <span className="WarningBanner-file"> ({warning.file})</span>}
          </p>
          <button
            type="button"
            className="Button is-plain"
            aria-label={`Dismiss warning: ${warning.message}`}
            onClick={() => onDismiss(warning)}
          >
            Dismiss
          </button>
        </div>
      ))}
    </section>
  );
}
