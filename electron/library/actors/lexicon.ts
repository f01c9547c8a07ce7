/**
 * Word knowledge for the suggestion rules: compromise's own lexicon (first names,
 * countries, cities, organisation words, common English words), looked up directly
 * because that costs nothing, plus the short lists of news vocabulary the rules need.
 */
import nlp from 'compromise';

interface CompromiseModel {
  one: { lexicon: Record<string, string | string[]> };
  two: { orgWords: Record<string, boolean>; placeWords: Record<string, boolean> };
}

const model = nlp.model() as CompromiseModel;
const lexicon = model.one.lexicon;

const NO_TAGS: string[] = [];

function tagsOf(word: string): string[] {
  const tags = lexicon[word.toLowerCase()];
  return tags === undefined ? NO_TAGS : Array.isArray(tags) ? tags : [tags];
}

/** Remembers a word test's answers: the same few thousand words are asked about again and again. */
function memo(test: (word: string) => boolean): (word: string) => boolean {
  const answers = new Map<string, boolean>();
  return (word) => {
    let answer = answers.get(word);
    if (answer === undefined) {
      answer = test(word);
      if (answers.size < 100_000) answers.set(word, answer);
    }
    return answer;
  };
}

const NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName', 'LastName', 'Person', 'Country', 'City', 'Region', 'Place', 'ProperNoun', 'Organization', 'SportsTeam', 'Demonym']);

export const isFirstName = (word: string) => tagsOf(word).some((t) => t === 'MaleName' || t === 'FemaleName' || t === 'FirstName');
export const isFemaleName = (word: string) => tagsOf(word).includes('FemaleName');
export const isMaleName = (word: string) => tagsOf(word).includes('MaleName');
export const isLastName = (word: string) => tagsOf(word).includes('LastName');
export const isCountry = (word: string) => tagsOf(word).includes('Country');
export const isCity = (word: string) => tagsOf(word).includes('City');
export const isRegion = (word: string) => tagsOf(word).includes('Region');
export const isKnownOrganisation = (word: string) => tagsOf(word).includes('Organization');
export const isDemonym = (word: string) => tagsOf(word).includes('Demonym');
export const isOrgWord = (word: string) => model.two.orgWords[word.toLowerCase()] === true;
export const isPlaceWord = (word: string) => model.two.placeWords[word.toLowerCase()] === true;

const VERB_TAGS = new Set(['PastTense', 'PresentTense', 'Modal', 'Copula', 'Infinitive', 'Verb', 'Auxiliary']);

/** A verb form ("keeps", "began", "will", "released"): a name right before one is the subject of a clause. */
export const isVerbWord = memo((word: string): boolean => {
  const lower = word.toLowerCase();
  if (/^\p{Ll}+ed$/u.test(word)) return true;
  return [lower, lower.replace(/s$/, ''), lower.replace(/es$/, '')].some((form) => tagsOf(form).some((t) => VERB_TAGS.has(t)));
});

const FINITE_TAGS = new Set(['PastTense', 'PresentTense', 'Modal', 'Copula']);

/** A finite verb form as the lexicon knows it ("accused", "says", "was"): a noun phrase never runs across one. */
export const isFiniteVerb = memo((word: string) => !ROLE_NOUNS.has(word.toLowerCase()) && tagsOf(word).some((t) => FINITE_TAGS.has(t)));

/** A whole name compromise knows ("United Kingdom", "New Zealand", "Barack Obama"). */
export const isKnownName = (name: string) => name.includes(' ') && tagsOf(name).some((t) => NAME_TAGS.has(t));

/** Abbreviations the lexicon does not file as names. */
export const ABBREVIATED: Record<string, 'state' | 'organisation'> = {
  us: 'state', 'u.s': 'state', usa: 'state', uk: 'state', 'u.k': 'state', uae: 'state', prc: 'state', drc: 'state',
  eu: 'organisation', un: 'organisation', nato: 'organisation', opec: 'organisation', who: 'organisation', imf: 'organisation', asean: 'organisation',
};

/** An ordinary English word ("Talks", "Insurers"), as opposed to a name: sentence-initial capitals mean nothing then. */
export const isCommonWord = memo((word: string): boolean => {
  const lower = word.toLowerCase();
  const forms = [lower, lower.replace(/s$/, ''), lower.replace(/es$/, ''), lower.replace(/ies$/, 'y'), lower.replace(/ed$/, ''), lower.replace(/ing$/, '')];
  for (const form of forms) {
    const tags = tagsOf(form);
    if (tags.length && !tags.some((t) => NAME_TAGS.has(t))) return true;
  }
  return COMMON_EXTRA.has(lower);
});

const words = (list: string) => new Set(list.trim().split(/\s+/));

/** Capitalised words our lexicon misses that start sentences in news copy. */
const COMMON_EXTRA = words(`republic defence centre programme organisation labour harbour affairs insurers asked speaking according meanwhile however officials analysts critics residents
  farmers diplomats sailors crews observers experts sources witnesses talks nobody everybody somebody anybody not`);

/** Words that make the rest of a capitalised run a title before a name ("Water Minister Miriam Oduya"). */
export const TITLE_WORDS = words(`minister president premier chancellor commodore admiral vice-admiral rear-admiral general
  gen colonel col major maj captain capt lieutenant lt commander cmdr sergeant sgt senator sen rep representative governor
  gov mayor ambassador secretary judge justice dr prof professor mr mrs ms miss sir dame lord lady king queen prince
  princess pope cardinal bishop rabbi imam sheikh chairman chairwoman chair director spokesman spokeswoman spokesperson
  envoy inspector superintendent chief deputy marshal field-marshal brigadier corporal cpl private pvt adm brig
  vice-president ayatollah emir sultan patriarch metropolitan rev reverend father sister brother`);

/** Nouns that name a role: the head of "the ministry spokeswoman", "Aldmark's foreign minister". */
export const ROLE_NOUNS = words(`minister president premier chancellor commodore admiral vice-admiral rear-admiral general
  colonel major captain lieutenant commander sergeant senator governor mayor ambassador secretary judge spokesman
  spokeswoman spokesperson envoy chair chairman chairwoman director chief executive head leader official officer adviser
  advisor analyst fellow researcher hydrologist economist professor expert negotiator diplomat counterpart deputy
  founder president ceo manager engineer farmer captain skipper pilot correspondent editor reporter lawyer attorney
  prosecutor king queen prince monarch pope bishop coordinator representative delegate aide strategist scientist
  commissioner inspector lawmaker legislator mp deputy-minister governor-general undersecretary attaché
  owner partner economist journalist activist campaigner resident fisherman fishermen historian architect`);

/** Heads that turn "the Kaldesh government" into the state itself. */
export const GOVERNMENT_WORDS = words(`government authorities administration cabinet presidency leadership state regime`);

/** Last words of military units ("Coastal Squadron") and ship-type nouns ("the frigate Istrava"). */
export const MILITARY_WORDS = words(`squadron fleet navy army brigade battalion regiment division corps forces guard
  flotilla command airforce`);
export const VESSEL_NOUNS = words(`frigate destroyer corvette submarine carrier cruiser warship patrol-boat boat
  minesweeper tanker vessel ship`);

/** Last words of news outlets, and outlets everyone knows by one name. */
export const MEDIA_WORDS = words(`wire observer ledger times post news herald journal gazette tribune telegraph guardian
  chronicle radio television tv press daily express mirror monitor review today magazine courier dispatch
  bulletin broadcaster`);
export const KNOWN_OUTLETS = words(`reuters afp ap bloomberg bbc cnn tass interfax xinhua ria al-jazeera politico axios
  nhk yonhap efe ansa dpa kyodo`);

/** Organisation name endings beyond compromise's list. */
export const ORG_ENDINGS = words(`republic congress senate ministry commission council committee institute centre center agency bank company
  corporation corp inc ltd group party union association foundation university compact alliance bloc league authority
  office department court parliament assembly line lines mutual hydro airlines shipping secretariat federation
  coalition front movement network trust fund organisation organization consortium partners holdings
  directorate service services`);

export const MONTHS = words(`january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec`);
export const WEEKDAYS = words(`monday tuesday wednesday thursday friday saturday sunday`);

/** Words that start a sentence-initial phrase which cannot be a speaker ("In Tessik, ..."). */
export const ADVERBIAL_STARTERS = words(`in on at across after before during for from under with without despite since
  speaking asked later earlier meanwhile however but and yet still also then separately instead last next this that
  when while as by over into through throughout within amid among against about around near outside inside along
  shortly even only nearly almost already once if although though because unlike like following back`);

/** Lowercase words that may join capitalised words in one name ("Ministry of Defence", "Ludwig van Beethoven"). */
export const NAME_CONNECTORS = words(`of for de van von der den al bin la le du da del di`);

/** Verbs that attribute a quote on either side of it. */
export const SPEECH_VERBS = words(`say says said tells told adds added explain explains explained writes wrote
  replied answered asks asked insist insists insisted warn warns warned noted argue argues argued continued recalls
  recalled stresses stressed admits admitted concedes conceded countered responds responded retorted observes observed
  commented declares declared announces announced concludes concluded cautioned complains complained promised vowed
  predicts predicted suggests suggested acknowledges acknowledged claimed stated shouted whispered joked boasted
  pleaded urged tweeted posted agreed confirms confirmed denies denied emphasises emphasised emphasizes emphasized
  maintains maintained repeated reiterates reiterated recounted testified quipped interjected mused remarked`);
/** Verbs that attribute only a quote that follows them in the same clause ("called the move \"...\""). */
export const LEAD_VERBS = words(`saying adding call calls called describe describes described accuse accuses accused dismiss dismisses
  dismissed brand brands branded label labels labelled labeled term terms termed hail hails hailed`);

export const PRONOUNS: Record<string, 'person' | 'thing' | 'group'> = {
  he: 'person',
  she: 'person',
  it: 'thing',
  they: 'group',
};
