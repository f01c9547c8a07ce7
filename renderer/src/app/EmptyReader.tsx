import './EmptyReader.css';

interface EmptyReaderProps {
  hasArticles: boolean;
  libraryPath?: string;
  onImport(): void;
}

/** What the reading pane shows before an article is opened. */
export function EmptyReader({ hasArticles, libraryPath, onImport }: EmptyReaderProps) {
  return (
    <section className="EmptyReader" aria-label="Reader">
      {hasArticles ? (
        <>
          <h1>Choose an article to read</h1>
          <p>
            Use the list on the left, or the arrow keys and <kbd>Enter</kbd>.
          </p>
        </>
      ) : (
        <>
          <h1>Your library is empty</h1>
          <p>Import saved web pages, text or Markdown files, or paste an article's text.</p>
          <button type="button" className="Button is-primary" onClick={onImport}>
            Import articles…
          </button>
        </>
      )}
      <p className="EmptyReader-keys">
        <kbd>Ctrl</kbd>+<kbd>I</kbd> import · <kbd>Ctrl</kbd>+<kbd>F</kbd> filter · <kbd>Delete</kbd> move to trash
      </p>
      {libraryPath && <p className="EmptyReader-path">Library: {libraryPath}</p>}
    </section>
  );
}
