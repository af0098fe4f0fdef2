/**
 * Word lists for recognising who or what a noun phrase names. wink-nlp has no PERSON or ORG entities, so
 * Sourcelight tells names from ordinary words with these lists plus capitalisation (see phrase.ts).
 * All lists are lower case and written for this project.
 */

/** Honorifics that come right before a personal name ("Mr. Kirby", "Dr Ahmed"). */
export const HONORIFICS = new Set([
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'mx', 'mx.', 'dr', 'dr.', 'prof', 'prof.', 'sir', 'dame',
  'lord', 'lady', 'rev', 'rev.', 'fr', 'fr.', 'sr', 'sr.', 'jr', 'jr.',
]);

/** Abbreviated ranks and offices written before a name ("Sen. Warren", "Lt. Col. Vindman"). */
export const TITLE_ABBREVIATIONS = new Set([
  'sen.', 'sen', 'rep.', 'rep', 'gov.', 'gov', 'gen.', 'gen', 'lt.', 'lt', 'col.', 'col', 'maj.', 'capt.', 'sgt.',
  'adm.', 'cmdr.', 'supt.', 'insp.', 'det.', 'amb.', 'pres.', 'atty.',
]);

/**
 * People's roles. Singular and unnamed ("an official said") the person cannot be checked; plural ("officials
 * said") they are a group the reader cannot check. Plurals are derived in pluralOf().
 */
export const PERSON_ROLES = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'official', 'officer', 'minister', 'secretary', 'adviser', 'advisor',
  'aide', 'analyst', 'economist', 'professor', 'researcher', 'scientist', 'lawyer', 'attorney', 'director',
  'executive', 'chairman', 'chairwoman', 'chair', 'president', 'leader', 'commander', 'head', 'founder', 'expert',
  'diplomat', 'envoy', 'ambassador', 'senator', 'lawmaker', 'legislator', 'congressman', 'congresswoman',
  'representative', 'governor', 'mayor', 'judge', 'prosecutor', 'investigator', 'detective', 'inspector', 'doctor',
  'physician', 'nurse', 'teacher', 'student', 'resident', 'witness', 'member', 'employee', 'staffer', 'worker',
  'activist', 'campaigner', 'strategist', 'consultant', 'historian', 'author', 'writer', 'journalist', 'reporter',
  'correspondent', 'editor', 'columnist', 'commentator', 'pundit', 'critic', 'observer', 'insider', 'source',
  'person', 'man', 'woman', 'negotiator', 'counselor', 'counsellor', 'manager', 'chief', 'owner',
  'operator', 'organizer', 'organiser', 'supporter', 'opponent', 'voter', 'citizen', 'villager', 'survivor',
  'victim', 'relative', 'friend', 'colleague', 'neighbour', 'neighbor', 'ally', 'backer', 'donor', 'candidate',
  'politician', 'veteran', 'soldier', 'militant', 'fighter', 'specialist', 'academic', 'scholar',
  'engineer', 'trader', 'banker', 'investor', 'dealer', 'broker', 'planner', 'regulator', 'auditor', 'monitor',
  'agent', 'operative', 'mediator', 'advocate', 'physicist', 'biologist', 'epidemiologist', 'statistician',
  'pollster', 'forecaster', 'rapporteur', 'delegate', 'councillor', 'councilor', 'councilman', 'councilwoman', 'staff', 'deputy',
  'customer', 'parent', 'patient', 'clinician', 'psychologist', 'sociologist', 'administrator', 'coordinator',
  'confidant', 'associate', 'loyalist', 'surrogate', 'partisan', 'protester', 'demonstrator', 'fellow', 'host',
  'anchor', 'moderator', 'panelist', 'guest', 'caller', 'blogger', 'podcaster', 'influencer', 'nominee',
  // People known by what they read, watch or listen to, or by writing in: "one reader noted", "a viewer complained".
  'reader', 'listener', 'viewer', 'subscriber', 'commenter', 'follower', 'respondent', 'spectator',
  'onlooker', 'moviegoer', 'filmgoer', 'theatregoer', 'theatergoer',
  // Offices, callings and trades of people news quotes: public office and the law, sport, faith, the arts,
  // business, schools and work.
  'chancellor', 'premier', 'treasurer', 'trustee', 'magistrate', 'coroner', 'clerk',
  'registrar', 'sheriff', 'constable', 'paramedic', 'firefighter', 'surgeon', 'pharmacist', 'midwife', 'coach',
  'player', 'captain', 'referee', 'umpire', 'athlete', 'challenger', 'contender', 'competitor', 'teammate',
  'bishop', 'archbishop', 'priest', 'pastor', 'imam', 'rabbi', 'cleric', 'chaplain', 'novelist', 'poet',
  'playwright', 'producer', 'actor', 'actress', 'singer', 'musician', 'artist', 'comedian', 'presenter',
  'photographer', 'lobbyist', 'entrepreneur', 'businessman', 'businesswoman', 'landlord', 'tenant', 'homeowner',
  'shopkeeper', 'farmer', 'grower', 'fisherman', 'miner', 'pilot', 'driver', 'principal', 'headteacher', 'dean',
  'lecturer', 'pupil', 'graduate', 'architect', 'accountant', 'contractor', 'developer', 'landowner',
  // More offices and ranks: "the water commissioner conceded", "a police sergeant said", "the club's goalkeeper".
  'commissioner', 'superintendent', 'ceo', 'alderman', 'ombudsman', 'trooper', 'warden', 'solicitor', 'barrister',
  'arbitrator', 'curator', 'archivist', 'chemist', 'colonel', 'sergeant', 'lieutenant', 'admiral', 'goalkeeper',
  'midfielder', 'striker',
  // A rival in a race or a market: "his rivals said", "a rival complained" ("rival firms" keeps its own head).
  'rival',
]);

/**
 * Roles a person or body has many of at once: "the mayor's aide", "Lind's adviser" could be any of several, so
 * naming whose they are does not name them ("the senator's campaign manager" does: there is one).
 */
export const SHARED_ROLES = new Set([
  'aide', 'adviser', 'advisor', 'staffer', 'friend', 'ally', 'colleague', 'supporter', 'official', 'source',
  'associate', 'confidant', 'confidante', 'employee', 'member', 'worker', 'insider', 'backer', 'donor',
]);

/** Spokespeople speak on the record for an organisation: "a spokeswoman for Google" is Google speaking. */
export const SPOKES_ROLES = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'representative', 'secretary']);

/** Generations by their nicknames: a whole age group, unless an appositive makes the word a name ("Boomers, the band"). */
export const GENERATIONS = new Set(['millennials', 'boomers', 'zoomers', 'centennials']);

/** Words for people in general, used as plural groups whatever their form. */
export const GROUP_NOUNS = new Set([
  'people', 'persons', 'authorities', 'officials', 'experts', 'critics', 'observers', 'analysts', 'sources',
  'insiders', 'residents', 'witnesses', 'locals', 'others', 'scholars', 'academics', 'scientists', 'researchers',
  'commentators', 'pundits', 'campaigners', 'activists', 'opponents', 'supporters', 'detractors', 'skeptics',
  'sceptics', 'proponents', 'advocates', 'economists', 'diplomats', 'lawmakers', 'legislators', 'leaders',
  'members', 'staff', 'aides', 'advisers', 'advisors', 'everyone', 'everybody', 'somebody', 'someone', 'nobody',
  'investigators', 'intelligence', 'media', 'press', 'folks', 'public', 'community', 'majority',
  'minority', 'governments', 'agencies', 'groups', 'allies', 'sides', 'parties', 'countries', 'nations',
  // Crowds at an event or on a street: "Fans shouted that ...", "onlookers said".
  'fans', 'spectators', 'onlookers', 'bystanders', 'crowds', 'neighbours', 'neighbors', 'villagers', 'passengers',
  'commuters', 'shoppers', 'viewers',
  // Generations, capitalised or not: "Millennials say" is a whole age group, nobody a reader can ask.
  ...GENERATIONS,
  // Members of a council, counted as a body's many voices: "calls from opposition councillors".
  'councillors', 'councilors',
]);

/** Capitalised words for groups of people: "Democrats say" is a party, not a checkable speaker. */
export const PROPER_GROUPS = new Set([
  'democrats', 'republicans', 'conservatives', 'liberals', 'progressives', 'tories', 'socialists', 'nationalists',
  'americans', 'britons', 'europeans', 'russians', 'chinese', 'israelis', 'palestinians', 'afghans', 'pakistanis',
  'iranians', 'iraqis', 'syrians', 'ukrainians', 'germans', 'french', 'british', 'westerners', 'muslims',
  'christians', 'catholics', 'jews', 'hindus', 'evangelicals', 'indians', 'africans', 'arabs', 'kurds', 'turks',
  'mexicans', 'canadians', 'australians', 'japanese', 'koreans', 'loyalists', 'separatists',
]);

/**
 * Generic names of institutions. "The ministry said" points at one identifiable institution on the record,
 * which is not the same as "officials said".
 */
export const INSTITUTIONS = new Set([
  'government', 'ministry', 'department', 'agency', 'company', 'firm', 'military', 'army', 'navy', 'court',
  'committee', 'commission', 'council', 'administration', 'campaign', 'office', 'party', 'union', 'organisation',
  'organization', 'embassy', 'bank', 'university', 'institute', 'hospital', 'school', 'board', 'authority',
  'regulator', 'watchdog', 'prosecutors', 'coalition', 'alliance', 'group', 'team', 'club',
  'network', 'channel', 'newspaper', 'magazine', 'outlet', 'website', 'site', 'publisher', 'airline', 'county',
  // Newspapers by their format: "the tabloid reported". ("The daily wrote" is out of reach: wink tags "daily" as an adverb.)
  'tabloid', 'broadsheet',
  'city', 'state', 'police', 'cabinet', 'parliament', 'senate', 'congress', 'legislature',
  'kremlin', 'pentagon', 'foundation', 'charity', 'corporation', 'bureau', 'service', 'centre', 'center', 'lab',
  'laboratory', 'museum', 'fund', 'institution', 'federation', 'association', 'society', 'tribunal', 'plaintiff',
  'plaintiffs', 'defendant', 'defense', 'defence', 'prosecution', 'family', 'manufacturer', 'retailer',
  // Bodies that decide, sit or trade together: "the panel recommends", "the insurer said", "the opposition said".
  'jury', 'delegation', 'assembly', 'chamber', 'inquiry', 'taskforce', 'regime', 'junta',
  'consortium', 'insurer', 'lender', 'broadcaster', 'studio', 'startup', 'conglomerate', 'municipality',
  'district', 'province', 'secretariat', 'directorate', 'judiciary', 'academy', 'carrier', 'utility', 'supplier',
  'carmaker', 'automaker', 'railway', 'opposition', 'palace', 'monarchy', 'diocese', 'church', 'mosque', 'synagogue',
]);

/** Last words of organisation names ("... Inc.", "... Ministry", "... University"): the phrase names an organisation. */
export const ORG_SUFFIXES = new Set([
  'inc', 'inc.', 'corp', 'corp.', 'corporation', 'co', 'co.', 'ltd', 'ltd.', 'llc', 'plc', 'group', 'company',
  'bank', 'university', 'college', 'institute', 'institution', 'ministry', 'department', 'agency', 'commission',
  'committee', 'council', 'association', 'foundation', 'party', 'court', 'police', 'army', 'navy', 'office',
  'service', 'center', 'centre', 'bureau', 'administration', 'board', 'authority', 'union', 'organisation',
  'organization', 'federation', 'society', 'fund', 'trust', 'network', 'times', 'post', 'news', 'press', 'journal',
  'herald', 'tribune', 'guardian', 'telegraph', 'forces', 'front', 'movement', 'coalition', 'alliance', 'league',
  'assembly', 'parliament', 'congress', 'senate', 'house', 'cabinet', 'government', 'embassy', 'hospital',
  'school', 'laboratory', 'museum', 'watch', 'international', 'initiative', 'project', 'programme', 'program',
  'review', 'magazine', 'gazette', 'radio', 'television', 'tv', 'channel', 'daily', 'weekly', 'monitor',
]);

/**
 * Words for a share of a group of people: "half of voters said", "a third say", "79 percent of Democrats said".
 * A share of people who answered is a survey's finding, not one person's words.
 */
export const SHARE_WORDS = new Set([
  'half', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'tenth', 'tenths', 'percent', '%',
  'plurality',
]);

/** The days of the week, lower-cased: time words many rules stop at ("ruled on Monday"). */
export const WEEKDAYS: readonly string[] = [
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
];

/** The months, lower-cased ("may" among them: a rule that also meets the modal leaves MONTHS out). */
export const MONTHS: readonly string[] = [
  ...['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october'],
  ...['november', 'december'],
];

/** Capitalised words that never make a phrase a name: days, months, and words capitalised for other reasons. */
export const NOT_NAMES = new Set([
  ...WEEKDAYS, ...MONTHS, 'i', 'god',
  // wink keeps "I'm" in one token; it is the pronoun, not a name.
  "i'm", "i've", "i'd", "i'll", 'i’m', 'i’ve', 'i’d', 'i’ll',
  // "Having said that, ...": a participle of "have" or "be" opening a clause, never anyone's name.
  'having', 'being',
]);

/**
 * Plural nouns for kinds of people the lists do not name, told by their ending: "environmentalists",
 * "historians", "immigrants", "residents" ("-ments" are things: "statements", "payments").
 */
export function isPeoplePlural(word: string): boolean {
  return /^[a-z-]{3,}(ists|ians|ants|ents)$/.test(word) && !word.endsWith('ments');
}

/** Plural of a role word, for matching "officials" to "official" and "spokesmen" to "spokesman". */
export function pluralOf(word: string): string {
  if (word.endsWith('man')) return `${word.slice(0, -3)}men`;
  if (word === 'person') return 'people';
  if (word === 'staff' || word === 'police') return word;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(s|sh|ch|x)$/.test(word)) return `${word}es`;
  return `${word}s`;
}

/** Plural role words mapped back to their singular ("officials" -> "official"). */
export const PLURAL_ROLES: ReadonlyMap<string, string> = new Map(
  [...PERSON_ROLES].map((role) => [pluralOf(role), role] as const),
);
