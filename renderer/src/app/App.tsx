import { NavigationProvider } from './navigation';
import { Shell } from './Shell';
import { ToastProvider } from './Toasts';

export function App() {
  return (
    <ToastProvider>
      <NavigationProvider>
        <Shell />
      </NavigationProvider>
    </ToastProvider>
  );
}
