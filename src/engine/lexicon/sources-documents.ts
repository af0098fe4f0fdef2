/**
 * Words for documents and records. A claim that rests on a report, a study or a court filing can be
 * checked by reading that document, which is why the attribution detector gives them their own source type.
 * Written for Sourcelight.
 */

/** Nouns (singular and plural) for documents, data and records a reader could look up. */
export const DOCUMENT_NOUNS = new Set([
  'report', 'reports', 'study', 'studies', 'survey', 'surveys', 'poll', 'polls', 'data', 'dataset', 'figures',
  'statistics', 'stats', 'records', 'record', 'document', 'documents', 'filing', 'filings', 'complaint', 'lawsuit',
  'indictment', 'affidavit', 'memo', 'memorandum', 'letter', 'letters', 'email', 'emails', 'statement',
  'statements', 'release', 'analysis', 'analyses', 'review', 'audit', 'assessment', 'estimate', 'estimates',
  'census', 'transcript', 'transcripts', 'ruling', 'judgment', 'judgement', 'verdict', 'order', 'budget', 'index',
  'paper', 'papers', 'research', 'findings', 'investigation', 'inquiry', 'book', 'article', 'video', 'footage',
  'tweet', 'tweets', 'post', 'website', 'testimony', 'minutes', 'guidance', 'guidelines', 'forecast',
  'projections', 'model', 'database', 'registry', 'register', 'cable', 'cables', 'dossier', 'brief', 'briefing',
  'bulletin', 'notice', 'decision', 'opinion', 'bill', 'law', 'legislation', 'treaty', 'agreement', 'contract',
  'photos', 'photographs', 'images', 'recording', 'recordings', 'map', 'maps', 'chart', 'table', 'log', 'logs',
  'evaluation', 'yearbook', 'journal', 'preprint', 'trial', 'experiment', 'tally', 'count', 'results', 'numbers',
  'returns', 'tallies', 'counts', 'readings', 'measurements', 'calculations', 'projection', 'files', 'average',
  'averages', 'polling',
  // Published pieces and adverts speak for whoever put them out: "a newspaper editorial urged", "the ad claims".
  'editorial', 'editorials', 'column', 'op-ed', 'essay', 'newsletter', 'ad', 'ads', 'advert', 'advertisement',
  'commercial', 'flyer', 'leaflet', 'pamphlet', 'message', 'messages',
  // Texts that set out what they found or hold: "her financial disclosure suggests", "the autopsy showed".
  'disclosure', 'disclosures', 'summary', 'overview', 'commentary', 'autopsy',
  // Inquiries in the plural, as "studies" already is: "investigations have revealed that", "audits found".
  'investigations', 'inquiries', 'audits', 'assessments',
  // Texts carried or signed in public: "a petition demanding a new bridge", "placards saying the plan was a fraud".
  'petition', 'petitions', 'placard', 'placards', 'banner', 'banners', 'poster', 'posters',
  // Written rules a reader can look up: "according to the old rules", "the club's handbook says".
  'rules', 'regulations', 'rulebook', 'statute', 'statutes', 'constitution', 'charter', 'handbook', 'manual',
  // Tests whose results are on record: "a field test indicated the powder was flour", "tests showed the water was safe".
  'test', 'tests',
  // Software whose on-screen messages anyone can open and read: "the app warns users that their data may be shared".
  'app', 'apps',
  // Filed inventions whose claims anyone can read: "the method was described in the patent".
  'patent', 'patents',
]);

/** Document nouns that name a line of things before "of": "a column of tanks" is no newspaper column. */
export const NOT_DOCUMENTS_BEFORE_OF = new Set(['column', 'columns']);

/**
 * Plural nouns for hearsay. Bare ("reports say", "field reports", "media reports") they name no document
 * a reader could find, so they make a vague source rather than a document.
 */
export const HEARSAY_NOUNS = new Set([
  'reports', 'rumours', 'rumors', 'accounts', 'claims', 'allegations', 'speculation', 'word', 'gossip',
  'whispers', 'chatter', 'hearsay', 'indications', 'signs', 'suggestions', 'leaks',
  // Stories handed down with no teller: "tradition says the oak was planted by a king".
  'legend', 'legends', 'folklore', 'lore', 'tradition', 'tales', 'myth', 'myths',
]);

/**
 * Records and counts that exist whether or not anyone interprets them: "data show", "polls suggest", "records
 * show", "filings show". Even bare they point at something a reader can look up (the polls of the week, the public
 * filings), unlike "studies show" or "research suggests", which hide whose conclusion it is.
 */
export const RECORD_NOUNS = new Set([
  'data', 'records', 'filings', 'figures', 'statistics', 'stats', 'polls', 'polling', 'documents', 'emails',
  'results', 'numbers', 'returns', 'tallies', 'counts', 'video', 'footage', 'photos', 'photographs', 'images',
  'transcripts', 'minutes', 'logs', 'census', 'recordings', 'readings', 'measurements', 'cables', 'averages', 'tests',
]);

/** Words that make a document specific enough to find: "the 2019 report", "a report by the agency". */
export const DOCUMENT_SPECIFIERS = new Set(['the', 'this', 'a', 'an', 'its', 'his', 'her', 'their', 'new', 'latest', 'recent']);
