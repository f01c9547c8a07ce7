import type { EditorThemeClasses } from 'lexical';
import './BriefingText.css';

/** Class names Lexical gives the briefing's blocks; styled in BriefingText.css. */
export const briefingTheme: EditorThemeClasses = {
  paragraph: 'BriefingText-paragraph',
  heading: { h1: 'BriefingText-h1', h2: 'BriefingText-h2', h3: 'BriefingText-h3' },
  quote: 'BriefingText-quote',
  list: {
    ul: 'BriefingText-ul',
    ol: 'BriefingText-ol',
    listitem: 'BriefingText-li',
    nested: { listitem: 'BriefingText-nested' },
  },
  link: 'BriefingText-link',
  text: {
    bold: 'BriefingText-bold',
    italic: 'BriefingText-italic',
    underline: 'BriefingText-underline',
    strikethrough: 'BriefingText-strike',
    underlineStrikethrough: 'BriefingText-underline-strike',
  },
  clip: 'BriefingText-clip',
};
