import { useEffect, useRef, useState } from 'react';
import { captureDrop, type Picked } from './collectFiles';
import './DropZone.css';

interface DropZoneProps {
  /** Called with a reader for what was dropped (files and whole folders). */
  onDrop(read: () => Promise<Picked>): void;
}

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

/** Accepts files and folders dropped anywhere on the window, and says so while dragging. */
export function DropZone({ onDrop }: DropZoneProps) {
  const [active, setActive] = useState(false);
  // dragenter/dragleave fire for every child element crossed: count them.
  const depth = useRef(0);
  const latestOnDrop = useRef(onDrop);
  latestOnDrop.current = onDrop;

  useEffect(() => {
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth.current += 1;
      setActive(true);
    };
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setActive(false);
    };
    // Without preventDefault the browser would open the dropped file in place of the app.
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const drop = (event: DragEvent) => {
      event.preventDefault();
      depth.current = 0;
      setActive(false);
      if (event.dataTransfer && carriesFiles(event)) latestOnDrop.current(captureDrop(event.dataTransfer));
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);

  if (!active) return null;
  return (
    <div className="DropZone" aria-hidden="true">
      <div className="DropZone-message">Drop files or folders to import them</div>
    </div>
  );
}
