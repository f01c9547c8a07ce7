import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import './Toasts.css';

export interface ToastInput {
  message: string;
  tone?: 'info' | 'error';
  /** One action offered with the message, e.g. Undo. */
  action?: { label: string; run(): void };
}

interface Toast extends ToastInput {
  id: number;
}

type Notify = (toast: ToastInput) => void;

const ToastContext = createContext<Notify>(() => {});

/** Shows short messages (and errors) at the bottom of the window. */
export function useToast(): Notify {
  return useContext(ToastContext);
}

const VISIBLE_MS = 7000;

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setToasts((list) => list.filter((t) => t.id !== id)), []);
  const notify = useCallback<Notify>(
    (toast) => {
      const id = nextId.current++;
      setToasts((list) => [...list.slice(-3), { ...toast, id }]);
      // Errors stay until dismissed: the user may need to read them twice.
      if (toast.tone !== 'error') setTimeout(() => dismiss(id), VISIBLE_MS);
    },
    [dismiss],
  );
  const value = useMemo(() => notify, [notify]);

  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="Toasts" role="status" aria-live="polite">
        {toasts.map((toast) => (
          <div key={toast.id} className={`Toasts-item ${toast.tone === 'error' ? 'is-error' : ''}`}>
            <span className="Toasts-message">{toast.message}</span>
            {toast.action && (
              <button
                type="button"
                className="Button is-plain Toasts-action"
                onClick={() => {
                  toast.action!.run();
                  dismiss(toast.id);
                }}
              >
                {toast.action.label}
              </button>
            )}
            <button
              type="button"
              className="Button is-plain Toasts-dismiss"
              aria-label="Dismiss message"
              onClick={() => dismiss(toast.id)}
            >
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}
