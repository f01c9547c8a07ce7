import { Component, type ReactNode } from 'react';

interface State {
  message: string | null;
}

/**
 * A briefing whose text cannot be read (a damaged file, a node type this version does
 * not know) shows what happened instead of taking the window down. Nothing is saved
 * over it: the autosave only sends what the user changed.
 */
export class EditorErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { message: null };

  static getDerivedStateFromError(error: unknown): State {
    return { message: error instanceof Error ? error.message : String(error) };
  }

  render() {
    if (this.state.message === null) return this.props.children;
    return (
      <div className="BriefingEditor-state" role="alert">
        <p>This briefing's text could not be opened, and it has not been changed.</p>
        <p>{this.state.message}</p>
      </div>
    );
  }
}
