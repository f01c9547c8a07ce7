import { useEffect, type ReactNode } from 'react';
import { ActorsSection } from '../actors/ActorsSection';
import { BriefingsSection } from '../briefings/BriefingsSection';
import { ClipsSection } from '../clips/ClipsSection';
import { useNavigation, type Section } from './navigation';
import { Workbench } from './Workbench';
import './Shell.css';

const SECTIONS: { section: Section; label: string; key: string; icon: ReactNode }[] = [
  { section: 'library', label: 'Library', key: '1', icon: '▤' },
  { section: 'clips', label: 'Clips', key: '2', icon: '❝' },
  { section: 'actors', label: 'Actors', key: '3', icon: '◉' },
  { section: 'briefings', label: 'Briefings', key: '4', icon: '✎' },
];

/** The window: a rail of sections (Ctrl/Cmd+1..4) and the open section. */
export function Shell() {
  const { place, go } = useNavigation();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      if (document.querySelector('dialog[open]')) return;
      const target = SECTIONS.find((s) => s.key === event.key);
      if (!target) return;
      event.preventDefault();
      go({ section: target.section });
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [go]);
  return (
    <div className="Shell">
      <nav className="Shell-rail" aria-label="Sections">
        {SECTIONS.map(({ section, label, key, icon }) => (
          <button
            key={section}
            type="button"
            className="Shell-tab"
            aria-current={place.section === section ? 'page' : undefined}
            aria-keyshortcuts={`Control+${key}`}
            title={`${label} (Ctrl+${key})`}
            onClick={() => go({ section })}
          >
            <span className="Shell-icon" aria-hidden="true">
              {icon}
            </span>
            <span className="Shell-label">{label}</span>
          </button>
        ))}
      </nav>
      <div className="Shell-section">
        {place.section === 'library' && <Workbench />}
        {place.section === 'clips' && <ClipsSection />}
        {place.section === 'actors' && <ActorsSection />}
        {place.section === 'briefings' && <BriefingsSection />}
      </div>
    </div>
  );
}
