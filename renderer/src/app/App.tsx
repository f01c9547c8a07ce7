import { ToastProvider } from './Toasts';
import { Workbench } from './Workbench';

export function App() {
  return (
    <ToastProvider>
      <Workbench />
    </ToastProvider>
  );
}
