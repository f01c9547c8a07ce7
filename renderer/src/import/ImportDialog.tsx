import { useEffect, useRef, useState } from 'react';
import { Modal } from '../app/Modal';
import { fromFileList, type Picked } from './collectFiles';
import { ImportSummary } from './ImportSummary';
import type { ImportJob } from './useImportJob';
import './ImportDialog.css';

/** What to start with when the dialog opens from a menu command. */
export type ImportStart = 'files' | 'folder' | 'paste' | null;

interface ImportDialogProps {
  job: ImportJob;
  start: ImportStart;
  onFiles(picked: Picked): void;
  onText(text: string): void;
  onOpenArticle(id: string): void;
  onClose(): void;
}

const ACCEPT = '.txt,.text,.md,.markdown,.html,.htm,.xhtml,text/plain,text/markdown,text/html';

/** Import: choose files or a folder, or paste a text; then progress, then the summary. */
export function ImportDialog({ job, start, onFiles, onText, onOpenArticle, onClose }: ImportDialogProps) {
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const filesButton = useRef<HTMLButtonElement>(null);
  const folderButton = useRef<HTMLButtonElement>(null);
  const pasteArea = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState('');

  useEffect(() => {
    if (job.phase !== 'idle') return;
    // The picker may refuse to open without a click (no user activation after a menu
    // command); the focused button is then one Enter away.
    if (start === 'files') {
      filesButton.current?.focus();
      filesInput.current?.click();
    } else if (start === 'folder') {
      folderButton.current?.focus();
      folderInput.current?.click();
    } else if (start === 'paste') {
      pasteArea.current?.focus();
    }
    // Only on opening: the start request is not repeated when the job changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [start]);

  const title = job.phase === 'running' ? 'Importing…' : job.phase === 'done' ? 'Import finished' : 'Import articles';
  return (
    <Modal title={title} onClose={onClose} className="ImportDialog">
      {job.phase === 'idle' && (
        <div className="ImportDialog-choices">
          <section className="ImportDialog-section" aria-labelledby="import-files-title">
            <h3 id="import-files-title">From files</h3>
            <p className="Field-hint">Saved web pages (.html), text (.txt) and Markdown (.md).</p>
            <div className="ImportDialog-buttons">
              <button
                ref={filesButton}
                type="button"
                className="Button is-primary"
                onClick={() => filesInput.current?.click()}
              >
                Choose files…
              </button>
              <button ref={folderButton} type="button" className="Button" onClick={() => folderInput.current?.click()}>
                Choose a folder…
              </button>
            </div>
            <p className="Field-hint">You can also drop files and folders anywhere in the window.</p>
            <input
              ref={filesInput}
              type="file"
              multiple
              accept={ACCEPT}
              hidden
              aria-label="Files to import"
              onChange={(event) => event.target.files?.length && onFiles(fromFileList(event.target.files, false))}
            />
            <input
              ref={folderInput}
              type="file"
              hidden
              aria-label="Folder to import"
              {...{ webkitdirectory: '' }}
              onChange={(event) => event.target.files?.length && onFiles(fromFileList(event.target.files, true))}
            />
          </section>
          <section className="ImportDialog-section" aria-labelledby="import-paste-title">
            <h3 id="import-paste-title">Paste text</h3>
            <div className="Field">
              <label htmlFor="import-paste">Article text</label>
              <textarea
                ref={pasteArea}
                id="import-paste"
                className="Input ImportDialog-paste"
                aria-describedby="import-paste-hint"
                value={text}
                onChange={(event) => setText(event.target.value)}
              />
              <span id="import-paste-hint" className="Field-hint">
                Paste an article copied from a web page. Dossier reads the title, author, outlet and date from its
                first lines; you check them afterwards.
              </span>
            </div>
            <div className="ImportDialog-buttons">
              <button
                type="button"
                className="Button is-primary"
                disabled={!text.trim()}
                onClick={() => onText(text)}
              >
                Import text
              </button>
            </div>
          </section>
        </div>
      )}
      {job.phase === 'running' && (
        <div className="ImportDialog-progress">
          <label htmlFor="import-progress">
            {job.total === 1 ? 'Importing…' : `Imported ${job.done} of ${job.total} files…`}
          </label>
          <progress id="import-progress" max={Math.max(job.total, 1)} value={job.done} />
        </div>
      )}
      {job.phase === 'done' && (
        <>
          <ImportSummary report={job.report} skipped={job.skipped} onOpen={onOpenArticle} />
          <div className="Modal-actions">
            <button type="button" className="Button is-primary" autoFocus onClick={onClose}>
              Done
            </button>
          </div>
        </>
      )}
    </Modal>
  );
}
