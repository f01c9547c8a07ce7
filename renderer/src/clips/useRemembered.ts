import { useEffect, useState } from 'react';

const remembered = new Map<string, unknown>();

/**
 * State that outlives the section: going to an article from a clip and coming back
 * finds the filters as the user left them (for this window's life only).
 */
export function useRemembered<T>(key: string, initial: T): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(() => (remembered.has(key) ? (remembered.get(key) as T) : initial));
  useEffect(() => {
    remembered.set(key, value);
  }, [key, value]);
  return [value, setValue];
}
