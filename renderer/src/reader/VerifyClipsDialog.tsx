import { useEffect, useState } from 'react';
import type { ClipCheck, ClipListItem } from '../../../electron/common/model';
import { errorMessage } from '../api/dossier';
import { useApi } from '../api/useApi';
import { plural } from '../app/format';
import { Modal } from '../app/Modal';
import { shortQuote } from './clipLabels';
import './VerifyClipsDialog.css';

interface VerifyClipsDialogProps {
  clips: ClipListItem[];
  onClose(): void;
}

/** Says, clip by clip, whether each quote is word for word in the article. */
export function VerifyClipsDialog({ clips, onClose }: VerifyClipsDialogProps) {
  const api = useApi();
  const [checks, setChecks] = useState<ClipCheck[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const ids = clips.map((c) => c.id).join(',');

  useEffect(() => {
    if (!ids) return setChecks([]);
    api.clips.verify(ids.split(',')).then(setChecks, (e) => setError(errorMessage(e)));
  }, [api, ids]);

  const quoteOf = (id: string) => clips.find((c) => c.id === id)?.selectors.quote.exact ?? '';
  // An orphaned clip's own reason says more than "does not match at its position".
  const messageOf = (check: ClipCheck) =>
    check.status === 'orphaned' ? `Lost its place: ${clips.find((c) => c.id === check.clipId)?.statusReason || check.message}` : check.message;
  const good = checks?.filter((c) => c.verbatim && c.status === 'anchored').length ?? 0;

  return (
    <Modal title="Verify clips" onClose={onClose}>
      {error && <p role="alert">The clips could not be checked: {error}</p>}
      {!checks && !error && <p>Checking…</p>}
      {checks && (
        <>
          <p role="status">
            {checks.length === 0
              ? 'This article has no clips.'
              : good === checks.length
                ? `All ${plural(checks.length, 'clip')} are word for word in the article.`
                : `${good} of ${plural(checks.length, 'clip')} are word for word in the article where they were clipped.`}
          </p>
          <ul className="VerifyClipsDialog-list" aria-label="Clip checks">
            {checks.map((check) => (
              <li key={check.clipId} className={check.verbatim && check.status === 'anchored' ? 'is-ok' : 'is-problem'}>
                <span className="VerifyClipsDialog-icon" aria-hidden="true">
                  {check.verbatim && check.status === 'anchored' ? '✓' : '⚠'}
                </span>
                <span>
                  “{shortQuote(quoteOf(check.clipId), 80)}” <span className="VerifyClipsDialog-message">{messageOf(check)}</span>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="Modal-actions">
        <button type="button" className="Button" autoFocus onClick={onClose}>
          Close
        </button>
      </div>
    </Modal>
  );
}
