/**
 * Names that wink's vocabulary also holds in lower case (checked with wink's Document.isOOV): places, people and
 * firms whose name is a common word ("Apple", "Shell", "Bush", "Brown") or that the model simply lists unmarked
 * ("florida", "trump"). At the start of a sentence isKnownWord cannot tell them from a common word ("Exercise"),
 * so these stay names there (for claims and for speakers), as do the proper adjectives of nations and faiths.
 * Written from general knowledge of names in the news, not from any data set.
 */
export const NAMES_IN_WINK_VOCABULARY: ReadonlySet<string> = new Set(
  [
    // US states and places
    'alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii illinois',
    'indiana kansas kentucky louisiana maryland massachusetts michigan minnesota mississippi missouri montana',
    'nebraska nevada jersey york oklahoma oregon pennsylvania tennessee texas vermont virginia washington',
    'wisconsin wyoming',
    // countries, regions, cities
    'america britain france japan china india russia canada brazil israel iran iraq syria egypt turkey ukraine',
    'wales korea vietnam cuba venezuela afghanistan pakistan libya africa mexico brussels',
    'australia portugal sweden norway denmark finland netherlands switzerland austria hungary romania nigeria kenya',
    'ethiopia somalia sudan yemen jordan lebanon qatar indonesia malaysia philippines thailand singapore taiwan',
    'argentina chile colombia peru haiti jamaica gaza tehran damascus kiev',
    // proper adjectives of nations and regions: capitalised anywhere, they name a people ("British experts said")
    'american british english french german italian spanish chinese japanese indian russian pakistani afghan',
    'iranian iraqi syrian israeli palestinian mexican canadian african european asian korean ukrainian turkish',
    'saudi cuban venezuelan brazilian irish scottish welsh dutch swedish polish greek egyptian libyan nigerian',
    'kenyan australian arab muslim christian jewish catholic democratic republican',
    'jordanian lebanese yemeni sudanese somali ethiopian kurdish ghanaian serbian croatian bosnian albanian hungarian',
    'romanian portuguese norwegian danish finnish belgian swiss austrian czech filipino indonesian malaysian thai',
    'taiwanese tibetan vietnamese argentine argentinian chilean colombian peruvian haitian jamaican hispanic latino',
    // faiths and their followers' adjectives, capitalised anywhere ("Hindu groups protested")
    'hindu sikh buddhist shia protestant mormon evangelical methodist anglican islamic jesus christ quran',
    // and the peoples and parties they name ("Americans", "Republicans")
    'americans mexicans canadians africans europeans asians iranians iraqis syrians israelis palestinians pakistanis',
    'afghans koreans ukrainians russians indians italians germans brazilians cubans venezuelans australians',
    'nigerians kenyans egyptians libyans saudis arabs muslims christians jews catholics',
    'democrats democrat republicans tories tory labour',
    // firms and brands that are common words
    'apple google twitter shell ford target subway oracle gap visa amazon',
    // surnames and given names that are common words
    'trump bush carter rice brown king young price gore dole pence bob chuck ken al bill jack tom mike mark ted ben',
    'macron thatcher',
    // institutions, days and months wink lists in lower case
    'congress senate parliament kremlin hezbollah nato god christmas monday tuesday wednesday thursday friday saturday sunday january february',
    'march april may june july august september october november december',
  ]
    .join(' ')
    .split(' '),
);

/**
 * True when a token is one of these names, by wink's form or as written: wink gives British spellings in their
 * American form ("Labour" -> "labor"), so the written word is asked too.
 */
export function isNameInWinkVocabulary(token: { lower: string; text: string }): boolean {
  return NAMES_IN_WINK_VOCABULARY.has(token.lower) || NAMES_IN_WINK_VOCABULARY.has(token.text.toLowerCase());
}
