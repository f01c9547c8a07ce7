import type { GuessableField } from '../../../electron/common/model';

const WORDS: Record<GuessableField, string> = {
  title: 'title',
  authors: 'author',
  outlet: 'outlet',
  published: 'date',
};

function listWords(fields: GuessableField[]): string {
  const words = fields.map((f) => WORDS[f]);
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

interface GuessedNoticeProps {
  guessed: GuessableField[];
  onConfirm(): void;
  onEdit(): void;
}

/** Import guessed some details from plain text: the user checks them before relying on them. */
export function GuessedNotice({ guessed, onConfirm, onEdit }: GuessedNoticeProps) {
  if (guessed.length === 0) return null;
  return (
    <section className="Reader-notice" aria-labelledby="guessed-title">
      <div>
        <h2 id="guessed-title" className="Reader-noticeTitle">
          Check the details
        </h2>
        <p>
          Dossier guessed the {listWords(guessed)} from the text. Dates like 05.11.2025 are read day first. Confirm
          them if they are right, or correct them.
        </p>
      </div>
      <div className="Reader-noticeActions">
        <button type="button" className="Button is-primary" onClick={onConfirm}>
          Details are right
        </button>
        <button type="button" className="Button" onClick={onEdit}>
          Correct details…
        </button>
      </div>
    </section>
  );
}
