/**
 * The vague-amount hedge ("some", "many", "often", "much of"), kept apart from the other hedges for its long
 * list of exceptions: the amounts, stretches of time and rankings that only look vague.
 */
import type { LexiconGroup } from './types.ts';

/** A name in a list, of one or two words ("Peru", "New Zealand"). */
const NAME = '{propn} {propn}?';
/** A later name, which wink may read as a common word ("Rovers, United and City"): the list's end anchors it. */
const LATER = '{any} {propn}?';
/** What closes a full list: the sentence's end, a bracket or dash, or a clause that goes on about its members. */
const LIST_ENDS = ['.|;|)|\u2014|\u2013', ', which|who|where|and|but|all|both|each|whose'];
/** Lists of two to four names ending the phrase ("Chile, Peru and Ghana."), as after an amount and a colon. */
const FULL_LISTS = LIST_ENDS.flatMap((end) => [
  `${NAME} and|or ${LATER} ${end}`,
  `${NAME} , ${LATER} ,? and|or ${LATER} ${end}`,
  `${NAME} , ${LATER} , ${LATER} ,? and|or ${LATER} ${end}`,
]);
/** Written works and records a word can turn up in ("appears several times in the ledger"). */
const TEXTS =
  'ledger|ledgers|report|reports|book|books|list|lists|text|texts|document|documents|file|files|record|records|letter|letters|diary|diaries|novel|novels|script|transcript|article|articles|speech|speeches|poem|poems|archive|archives|register|manuscript|chapter|chapters|page|pages|minutes|accounts|database|emails|messages|notes|song|songs|film|play|series';

/** A vague amount or frequency, with the phrases in which the same words are exact or rank. */
export const VAGUE_QUANTITY: LexiconGroup = {
  id: 'vague-quantity',
  technique: 'hedge',
  explanation:
    'A vague amount or frequency ("some", "many", "often", "generally"). It sounds informative but never says how many or how often, so a small minority can be made to sound like a trend.',
  question: 'How many, exactly, or how often? Who counted?',
  confidence: 0.3,
  examples: {
    flags: [
      '[Many] families moved to the coast after the war.',
      'Such tales are [often said] to be true.',
      '[Few] voters in the past decade have trusted the council.',
      '[Most] of the money went to consultants.',
    ],
    ignores: [
      'Thirty-two women found paid work in 1920.',
      'How many people came?',
      'Buses often run late.',
      'The home side attacked down the left wing for most of the second half.',
      "She was named the league's most valuable player.",
      'He won the award for most improved player.',
      'The museum lent its most famous painting to Paris.',
      'Shops have reopened in the past few days.',
      'Rain is expected over the next few weeks.',
      'The council faced what it most feared: an empty budget.',
      'The party now faces the thing it most fears: a split.',
      'The old and most popular route crosses the ridge.',
      'Patients on the new drug had fewer infections than those on the old one.',
      'Deer are often seen in the park at dusk.',
      'She devoted her life to helping others.',
      'He spent most of his career at the club.',
      'Rovers had most of the possession but could not score.',
      'Witnesses heard an explosion of some kind.',
      'Several inches of snow fell overnight.',
      'Many thanks to everyone who helped.',
      'Ticket prices vary widely from one club to the next.',
    ],
  },
  terms: [
    'some', 'many', 'several', 'numerous', 'certain', 'a number of', 'a variety of', 'a host of',
    'often {any}? said|described|considered|regarded|called|cited|thought|viewed|referred|claimed',
    // "Often seen as" (regarded) judges; "often seen in the park" was watched there, and "often" alone is a
    // frequency that cost more than it caught.
    'often {any}? seen as|to',
    // A judgement passed "often" by nobody named ("often blamed for", "often overlooked", "often confused with").
    'often {any}? overlooked|ignored|neglected|misunderstood|criticized|criticised|praised|compared|confused|mistaken|labelled|labeled|dubbed|credited|blamed|portrayed|depicted|recognized|recognised|accepted|acknowledged',
    // "Little" before what a reader would want measured ("had little effect", "little evidence"): an amount nobody
    // gives. ("A little" means "slightly" or "some", and "little doubt" is sure: neither is written here.)
    'little evidence|effect|impact|support|interest|attention|success|progress|appetite|airplay|coverage|influence|enthusiasm|demand|sympathy',
    'sometimes', 'generally', 'typically', 'commonly', 'widely', 'largely', 'mostly', 'frequently',
    'occasionally', 'rarely', 'seldom', 'relatively', 'most', 'few', 'a few', 'others', 'much of', 'in some cases',
    'in many cases', 'to some extent', 'in part', 'a minority of',
    // "A majority of" is the other side of "a minority of": a share over half, of whom and by whose count unsaid.
    // ("The majority of" was measured and left out: it reads as a plain "most of" in reference prose.)
    'a majority of',
    // The rest of "largely" and "mostly" (a share over half, of what nobody says) and of "frequently" (how often,
    // never counted): "mainly rural", "chiefly known for", "routinely ignored", "regularly late".
    'mainly', 'chiefly', 'predominantly', 'primarily', 'principally', 'regularly', 'routinely',
    // "Not all schools will reopen", "trains do not always run": some do not, how many or how often unsaid.
    'not all', 'not always',
    // "In general, fares rose" is "generally"; "the public in general" is everyone, no share. "By and large"
    // and "on the whole" say "generally" too.
    'in general', 'by and large', 'on the whole',
    // "It is common for landlords to ask", "it is rare to see": "commonly" and "rarely" as a clause, no count behind.
    'it {be} {adv}? common|customary|usual|rare|unusual|uncommon to|for',
    // "More often than not" is "usually" with a share implied: more than half, of what nobody says.
    'more often than not',
  ],
  // "Some 2,000" is an approximate number, not a vague one; "some kind of" is vague about a kind, not an
  // amount; "most important" is a superlative, not a share.
  except: [
    'how many', 'how much of', 'a little', 'some time', 'at most', 'the most', 'most of all',
    // "Not all that different" means "not very"; "is not all this a waste of money?" asks about everything.
    'not all that', 'not all this', 'not all is|was lost',
    // After a singular "is" there is no group to share out: "that is not all" adds more, "it is not all bad news"
    // means "not wholly". ("The buses are not all electric" shares out the buses and stays.)
    'is|was not all', "'s not all",
    // "Voters in general", "the public in general": everyone. "In general terms", "in general practice", "in
    // general elections": "general" describes the noun after it.
    '{noun}|{adj}|{propn} in general', 'in general {noun}|{propn}',
    // "A tax on the whole estate", "doubt on the whole of the plan": all of it.
    'on the whole {adj}? {noun}|{propn}', 'on the whole of',
    // "Not much of a contest", "hardly much of a surprise", "too much of a risk", "not much of anything": after a
    // negation or a degree word it is a degree, no share of anything. Bare "much of a country's wealth" shares.
    'not|never|hardly|scarcely|barely|without|too|so|as much of a|an|anything', "n't much of a|an|anything",
    // "Did not make much of a difference": the negation stands before the verb, and nothing is shared out.
    'make much of a|an',
    // "Regularly scheduled flights" run to a timetable: fixed, not vague.
    'regularly scheduled',
    // A short stretch of time ("for a few hours") measures a wait, not a share of anything.
    'a few seconds|minutes|hours|days|weeks|months|years|decades|moments',
    // ("Several weeks", "many years" were tried as the same kind of stretch and left out: conll tp 774 -> 769 and one
    // wnc pair lost; a longer stretch left uncounted reads as vague more often than a short wait.)
    // The audience addressed ("some of you may remember him", "many of you wrote in"): readers, no crowd cited.
    'some|many|most of you',
    // So does one counted back or forward from now ("in the past few days", "over the next few weeks").
    'past|last|next|coming|following|previous|first|final few seconds|minutes|hours|days|weeks|months|years|decades',
    // So does a stretch of a game or a season ("for most of the second half", "much of the night"): how long
    // a thing went on, not who holds a view. ("Several times" stays: on conll it is labelled a weasel.)
    'most|much of the {adj}? {adj}? season|half|game|match|race|year|day|night|week|month|decade|century|morning|afternoon|evening|summer|winter|spring|autumn|weekend',
    // A side's share of a game is measured and shown on the screen ("had most of the possession", "much of the
    // ball"), as a stretch of the game is.
    'most|much of the possession|ball|territory',
    // So does the stretch of a life ("most of his career", "much of her childhood", "most of his time there");
    // "most of the time" is "usually", a vague frequency, and stays.
    'most|much of the|his|her|its|their|my|our|your {adj}? career|life|lifetime|childhood|youth|adulthood|tenure|reign|spell|stay',
    'most|much of his|her|its|their|my|our|your {adj}? time',
    // "The certain knowledge that": "certain" after "the" means sure.
    'the certain',
    // A margin or a tally ("a majority of 3 seats", "a majority of 12 votes", "a majority of the seats"): a count
    // of votes, read off the result, not a vague share of people.
    'a majority of {num}', 'a majority of {det}? {adj}? seats|votes|vote|ballots|delegates',
    // "Most" before an adverb grades the adverb ("most notably", "most recently"): a superlative, not a share;
    // so does "most" after a count ("the three most common causes"), which ranks.
    'most {adv}', '{num} most {adj}',
    // After an owner "most" ranks too ("the league's most valuable player", "its most famous painting"): a
    // share takes no owner ("most residents"). So it does in the names of awards and lists ("Most Wanted").
    "'s most", 'his|her|its|their|our|your|my|whose most', 'most valuable|improved|wanted|outstanding|promising',
    // "A most remarkable life" means "a very": a degree, not an amount.
    'a|an most',
    // "Most" between a subject pronoun and its verb grades the verb ("what she most admired", "the thing it
    // most fears"); after "the ... and" it shares the article of a superlative ("the oldest and most famous").
    // (Any word after the pronoun: wink often reads that verb as a noun, "it most fears".)
    'i|you|he|she|it|we|they most', 'the|a|an|its|their|his|her {adj} and|or most {adj}',
    // After "be", "most" before an adjective and a place or a time grades the adjective ("rain is most common in
    // spring", "the road is most dangerous at night"): where or when it is at its highest, no share of anything.
    // ("Most famous for" praises, and a share after "be" takes a noun: "most are closed" has no adjective.)
    '{be} most {adj} in|among|at|during|between|near|on|when|after|before',
    // ... and before whom or what it is at its highest for ("most popular with young voters", "are most worried
    // about crime"): a degree, no share of anyone.
    '{be} most {adj}|{verb} with|about',
    // So does "most" between "who" or "which" and a verb ("the people who most need help"): how much, not how
    // many. After "that" it grades only a verb with its object straight after ("the issue that most worries the
    // town"; wink often tags that verb a noun, so any such word before an object counts): after a verb or a noun
    // of saying "that" opens a clause whose subject "most" is ("residents said that most agree", "the claim that
    // most agree with it"), a share; "that most voters" takes a noun and stays a share too.
    // (A bare plural object counts too, "the rule that most affects drivers"; a compound subject, "the fear that
    // most bus drivers quit", is rarer after a noun's "that".) After a noun of saying ("reports that most favour
    // the plan") "that" opens what is said, so {relnoun} leaves those nouns out and "most" there stays a share.
    'who|which most {verb}', '{relnoun} that most {noun}|{verb} the|a|an|them|him|us|me|his|her|their|its|our|my|your|{noun}',
    // "Fewer cases than before", "fewer than 20": a comparison with a measured figure, not a vague amount.
    'fewer {adj}? {noun}? {noun} than', 'fewer {noun} of {adj}? {noun} than', 'fewer than',
    // "As many as 300" bounds a figure and "as many as last year" compares with one: neither leaves the amount open.
    // "As many" after a count or before "as" compares ("twice as many seats", "as many votes as last time"); as a
    // conjunction ("..., as many farmers sold up") it is the plain vague amount and stays.
    'as many|few as', 'as many|few {noun} as', 'as many|few {adj} {noun} as', 'as many|few {noun} {noun} as',
    'twice|thrice|half|times|just|nearly|almost|not|only|quite as many|few',
    // Straight after a verb "as many" may be its object's comparison ("scored as many goals this season"). Then
    // the object is followed by the rest of the clause ("this season", "in the league", a full stop), never by a
    // verb: "prices fell as many farmers sold up" makes "as" a conjunction and "many farmers" its subject.
    '{be}|have|has|had as many|few',
    '{verb} as many|few {adj}? {noun} {noun}? {det}|{num}|last|next|every|each|in|at|for|on|with|from|against|over|during|since|by|across|under|and|but|or|,|.|;',
    // "Runs regularly every 15 minutes", "taken routinely, twice a day", "collected regularly on Thursdays",
    // "regularly walk for 30 minutes a day": the clause says how often, so nothing is left vague.
    'regularly|routinely|frequently ,? {any}? {any}? {any}? every|each {adj}? {num}? minute|minutes|hour|hours|day|days|week|weeks|fortnight|month|months|year|years|morning|mornings|evening|evenings|night|nights|weekend|weekends|monday|tuesday|wednesday|thursday|friday|saturday|sunday|season|term|quarter',
    'regularly|routinely|frequently ,? {any}? {any}? {any}? once|twice|thrice a|an|per|each minute|minutes|hour|hours|day|days|week|weeks|fortnight|month|months|year|years|morning|mornings|evening|evenings|night|nights|weekend|weekends|monday|tuesday|wednesday|thursday|friday|saturday|sunday|season|term|quarter',
    'regularly|routinely|frequently ,? {any}? {any}? {any}? {num} {noun} a|an|per|each minute|minutes|hour|hours|day|days|week|weeks|fortnight|month|months|year|years|morning|mornings|evening|evenings|night|nights|weekend|weekends|monday|tuesday|wednesday|thursday|friday|saturday|sunday|season|term|quarter',
    'regularly|routinely|frequently ,? {any}? {any}? {any}? on mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekdays|weekends|weeknights',
    // "Regularly spaced posts", "a regularly shaped stone": evenly, a measure of form, not of how often.
    'regularly spaced|shaped|arranged|distributed|sized',
    'some {num}', 'some kind|sort|form|type of',
    // So is "some" before a sum ("gave some £2m", "some $40 million"): wink splits the currency sign off. Only a
    // sum that ends its phrase: "some £5 notes" counts notes vaguely, the sum is each note's worth.
    'some £|$|€|¥ {num} m|bn|k|mn|million|billion|trillion|thousand|hundred',
    'some £|$|€|¥ {num} .|,|;|:|)|to|in|on|for|from|of|at|by|with|into|over|and|or|per|a|an|each|since|last|this',
    'some £|$|€|¥ {num} {verb}|{adv}|is|are|was|were|has|had|have|will|would|could|may|might',
    // A content warning ("some readers may find these images distressing", "viewers may find some scenes
    // upsetting") cautions the audience; it counts nobody and backs no claim.
    'some readers|viewers|listeners may|might find', 'find some scenes|images|content|material|footage|pictures',
    // "A blast of some kind", "covered in some detail": vague about a kind, or a fair depth; no amount of anything.
    'of some kind|sort|form|description', 'in some detail|depth',
    // "Several hundred", "a few thousand", "many dozens": a rough figure, as "some 2,000" is.
    'several|many|few hundred|hundreds|thousand|thousands|million|millions|billion|billions|dozen|dozens',
    'a few hundred|hundreds|thousand|thousands|million|millions|billion|billions|dozen|dozens',
    // So is a rough measure ("several inches of snow", "a few metres from the door", "a few paces"): a size, not a share.
    // How often a word or a motif turns up in a text or a record ("the name appears several times in the ledger",
    // "the theme features many times in the novel"): occurrences anyone can count by reading. Only with the text
    // named: "occur" and "recur" mean happen, and an outage that occurs several times is an event left vague.
    ...['several|many|numerous times', 'a few|number of? times'].map(
      (times) => `appear|feature {adv}? ${times} in|on|throughout|across {det}? {any}? {any}? ${TEXTS}`,
    ),
    'several|many|few inches|feet|metres|meters|miles|kilometres|kilometers|yards|degrees|kilograms|tonnes|tons|litres|liters|gallons|acres|hectares|paces',
    'a few inches|feet|metres|meters|miles|kilometres|kilometers|yards|degrees|kilograms|tonnes|tons|litres|liters|gallons|acres|hectares|paces',
    // "Many thanks" thanks someone, "many happy returns" greets: neither counts anything.
    'many thanks', 'many happy returns',
    // Idioms that count nothing: "not in so many words" (not in plain words), "had one too many" (drinks), "too
    // many cooks", "said a few words" (a short speech). "A few players were injured" after "said" still counts.
    'in so many words', 'one too many', 'too many cooks',
    // ... but only where the words end the phrase: "said a few words were exchanged" makes them a clause's subject.
    'say|said|says|saying a few words .|,|;|:|to|at|of|in|on|about|before|after|for|and|but|when|as|from|during',
    // "Certain to" and "certain that" mean sure, not "some".
    'certain to|that|whether', '{be} certain',
    // So does "certain" before an outcome ("saved from certain death", "faced certain defeat").
    'certain death|defeat|victory|doom|ruin|failure|disaster|destruction|extinction|bankruptcy|relegation',
    // "Others" that points back to a group already counted or listed ("killed two and hurt three others").
    '{num} others', 'the others', 'among others', 'and others',
    // "The needs of others", "the views of others": other people in general, owning something; no crowd
    // offered as support and no share of anything.
    'of others',
    // So are "others" a verb acts on ("devoted her life to helping others", "taught others to read"): people in
    // general, never a crowd holding a view, which speaks as the verb's subject ("others say").
    '{verb} others',
    // "Prices vary widely", "estimates range widely": how far a measure spreads, not how many hold a view.
    'vary|differ|range|fluctuate widely',
    // An amount listed in full after a colon ("toured many countries: Chile, Peru and Ghana", "a few
    // cities: Paris, Rome and Oslo"): every member is named, so nothing is left to count. A clause after the
    // colon ("many farmers: they sold up") names nobody, and one name with no list after it ("several clubs:
    // Rovers among them") is only an example: both stay. So does a list that ends in a word marking examples
    // ("many countries: France and Spain included", "among them", "for example"): the list must close the phrase.
    ...[
      'many|several|some|numerous|few {adj}? {noun} :',
      'a few {adj}? {noun} :',
      'a number of {adj}? {noun} :',
      'a few :',
    ].flatMap((amount) => FULL_LISTS.map((list) => `${amount} ${list}`)),
    // An owner's own list ("several teams: her old club Rovers as well as United") runs on too long to
    // anchor at its end; it names its members as it goes.
    'many|several|some|numerous|few {adj}? {noun} : his|her|its|their {adj}? {propn} ,|and|or|as',
    // A name in use ("often called Long Flat", "commonly called 'the Steps'"): how often is no claim, the
    // name is. A judgement after the verb ("often called the ugliest building") has no capital or quotation
    // mark and stays, and so does a person's possession ("often called Trump's folly"), a verdict with a name in it.
    // A bare name needs "be" or a comma before ("is often called", ", often called"): "neighbours often called
    // Police Scotland" is phoning, and how often stays vague. Nobody phones a name in quotation marks.
    'is|are|was|were|be|been|being|,|(|\u2013|\u2014 often|commonly|usually|sometimes called|named|termed {propn} {noun}|,|.|;|:|or|and|by|in|on|at|for|from|after|since|because|to|when|which|who',
    'often|commonly|usually|sometimes called|named|termed "|\u201c|\u2018',
    "often|commonly|usually|sometimes called|named|termed '",
  ],
};
