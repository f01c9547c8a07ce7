/**
 * Recognising a news outlet's name in the first lines of a pasted article. A list of
 * widely quoted outlets, plus the words outlet names tend to end with ("Kyiv Post",
 * "Daily Maverick" does not, so it only counts next to a date).
 */

const KNOWN = [
  'Reuters', 'Thomson Reuters', 'AP', 'Associated Press', 'The Associated Press', 'AFP', 'Agence France-Presse',
  'BBC', 'BBC News', 'BBC World Service', 'CNN', 'Al Jazeera', 'Al Jazeera English', 'Bloomberg', 'Bloomberg News',
  'Financial Times', 'FT', 'The Economist', 'The Guardian', 'The Observer', 'The New York Times', 'New York Times',
  'NYT', 'The Washington Post', 'Washington Post', 'The Wall Street Journal', 'Wall Street Journal', 'WSJ',
  'NPR', 'Politico', 'Politico Europe', 'Axios', 'The Times', 'The Sunday Times', 'The Telegraph',
  'The Daily Telegraph', 'The Independent', 'Deutsche Welle', 'DW', 'France 24', 'Euronews', 'Le Monde',
  'Der Spiegel', 'Spiegel', 'Die Zeit', 'Frankfurter Allgemeine', 'FAZ', 'Süddeutsche Zeitung', 'El País',
  'Corriere della Sera', 'La Repubblica', 'TASS', 'RIA Novosti', 'Interfax', 'Xinhua', 'Global Times',
  'China Daily', 'South China Morning Post', 'Yonhap', 'Kyodo', 'Kyodo News', 'NHK', 'The Japan Times',
  'ABC News', 'CBS News', 'NBC News', 'Fox News', 'Sky News', 'USA Today', 'Los Angeles Times', 'Time',
  'Newsweek', 'The Atlantic', 'Foreign Policy', 'Foreign Affairs', 'The Hindu', 'Times of India',
  'Hindustan Times', 'Haaretz', 'The Times of Israel', 'The Jerusalem Post', 'Kyiv Independent', 'Kyiv Post',
  'Meduza', 'Novaya Gazeta', 'RFE/RL', 'Radio Free Europe/Radio Liberty', 'Voice of America', 'VOA',
  'Nikkei Asia', 'The Straits Times', 'The Moscow Times', 'Anadolu Agency', 'ANSA', 'EFE', 'dpa', 'PA Media',
  'The Hill', 'Vox', 'Vice', 'BuzzFeed News', 'HuffPost', 'Business Insider', 'Insider', 'Forbes', 'Fortune',
  'CNBC', 'MSNBC', 'ProPublica', 'The Intercept', 'Bellingcat', 'Euractiv', 'Breaking Defense', 'Defense News',
  'Naval News', 'USNI News', 'Janes', 'The War Zone', 'Middle East Eye', 'Arab News', 'The National',
];
const KNOWN_LOWER = new Set(KNOWN.map((name) => name.toLowerCase()));

const OUTLET_WORD =
  /\b(?:News|Post|Times|Herald|Journal|Tribune|Gazette|Ledger|Daily|Press|Agency|Radio|TV|Television|Telegraph|Chronicle|Monitor|Express|Mail|Mirror|Today|Online|Network|Wire|Zeitung|Review|Magazine|Observer|Standard|Independent|Insider|Dispatch|Courier|Sentinel|Register|Bulletin|Examiner|Star|Sun|Globe|Times of [A-Z]\w+)$/;
const DOMAIN = /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/i;

/** "Reuters", "The Guardian", "bbc.com": a line or segment that names a known outlet. */
export function knownOutlet(text: string): string | null {
  const name = text.trim().replace(/^(?:source|via|from)\s*:\s*/i, '');
  if (KNOWN_LOWER.has(name.toLowerCase())) return name;
  if (DOMAIN.test(name) && !/\.(?:html?|txt|md|php|aspx?)$/i.test(name)) return name.toLowerCase().replace(/^www\./, '');
  return null;
}

/** A short capitalised name ending like an outlet's: "Kyiv Post", "The Daily Herald". */
export function outletLike(text: string): boolean {
  const name = text.trim();
  const words = name.split(/\s+/);
  return words.length <= 5 && /^[A-Z0-9]/.test(name) && OUTLET_WORD.test(name);
}
