import { useEffect, useId, useRef, type ReactNode } from 'react';
import './Modal.css';

interface ModalProps {
  title: string;
  /** Called on Escape, on the close button, or when the owner closes it. */
  onClose(): void;
  children: ReactNode;
  /** Extra root class, e.g. the feature's own dialog class. */
  className?: string;
}

/**
 * A modal dialog on the native <dialog>: the browser traps focus, handles Escape and
 * puts the rest of the window out of reach for screen readers.
 */
export function Modal({ title, onClose, children, className }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  return (
    <dialog
      ref={ref}
      className={`Modal ${className ?? ''}`}
      aria-labelledby={titleId}
      onCancel={(event) => {
        // Escape: let the owner decide, so its state stays the single source of truth.
        event.preventDefault();
        onClose();
      }}
    >
      <header className="Modal-header">
        <h2 id={titleId} className="Modal-title">
          {title}
        </h2>
        <button type="button" className="Button is-plain Modal-close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      <div className="Modal-body">{children}</div>
    </dialog>
  );
}
