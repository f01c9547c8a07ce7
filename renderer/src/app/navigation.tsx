import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';

export type Section = 'library' | 'clips' | 'actors' | 'briefings';

/** Where the window is: a section, and what is open in it. */
export interface Place {
  section: Section;
  /** Library: the article open in the reader, and a clip to show in it. */
  articleId?: string;
  clipId?: string;
  /** Actors: the actor whose page is open. */
  actorId?: string;
  /** Briefings: the briefing open in the editor. */
  briefingId?: string;
}

interface Navigation {
  place: Place;
  go(place: Place): void;
}

const NavigationContext = createContext<Navigation | null>(null);

export function NavigationProvider({ children }: { children: ReactNode }) {
  const [place, go] = useState<Place>({ section: 'library' });
  const value = useMemo(() => ({ place, go }), [place]);
  return <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>;
}

/** The current place and a way to go elsewhere (open an article from a clip, an actor's page...). */
export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext);
  if (!navigation) throw new Error('useNavigation outside NavigationProvider');
  return navigation;
}
