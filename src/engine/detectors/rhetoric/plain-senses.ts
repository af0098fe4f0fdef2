/**
 * The senses in which a lexicon term is plain wording, read from the sentence around it: each check is a sense file
 * under src/engine/senses/ (kept apart from lexicon-matcher.ts, which finds the terms).
 */
import type { ParsedText } from '../../nlp.ts';
import type { LexiconGroup } from '../../lexicon/types.ts';
import { boastsPossession } from '../../senses/possession.ts';
import { revealsClause } from '../../senses/disclosure.ts';
import { allowsOrCanBeDone } from '../../senses/modality.ts';
import { picksOneOut } from '../../senses/particular.ts';
import { suggestsProposal } from '../../senses/proposal.ts';
import { namesCrimeDoer } from '../../senses/rhetoric-offender.ts';
import { namesOffence } from '../../senses/rhetoric-offence.ts';
import { pleadsInCourt } from '../../senses/rhetoric-pleading.ts';
import { reportsOwnAccount } from '../../senses/rhetoric-account.ts';
import { insistsOnDemand } from '../../senses/rhetoric-insist.ts';
import { bodyCollapses } from '../../senses/rhetoric-body.ts';
import { killerNamesNoPerson } from '../../senses/rhetoric-killer.ts';
import { namesQuotedTitle } from '../../senses/hedge-title.ts';
import { advisesManner, mannerGradesNoAct } from '../../senses/rhetoric-manner.ts';
import { breachReported } from '../../senses/rhetoric-breach.ts';
import { receptionMeasured } from '../../senses/rhetoric-reception.ts';
import { capitalisedTitle, speechWordAsNoun, stealsAThing, toneDescribed } from '../../senses/rhetoric-literal.ts';

/** True when the term from token `first` to `end` is used in a plain sense here, so it is no finding of its group. */
export function readsInPlainSense(doc: ParsedText, group: LexiconGroup, first: number, end: number): boolean {
  const token = doc.tokens[first];
  // "The hotel boasts rooms overlooking the sea" says what the hotel has; nobody speaks (the sense attribution reads too).
  if (boastsPossession(doc, first)) return true;
  // A bare "reveal" shows or announces a thing ("revealed the new model"); only with a clause after it ("revealed
  // he had lied") does it present the clause as a fact, as "revealed that" does.
  if (end === first + 1 && token.lower.startsWith('reveal') && !revealsClause(doc, first)) return true;
  // "She suggested that he resign" proposes an act; only evidence that suggests plants a conclusion.
  if (suggestsProposal(doc, first)) return true;
  // "Tickets may be bought" says what is allowed, "a certain god" picks one out: neither guesses nor counts.
  if (allowsOrCanBeDone(doc, first) || picksOneOut(doc, first)) return true;
  // 'The band played "Some Say Tomorrow"': a hedge word inside a quoted title names the work, it hedges nothing.
  if (group.technique === 'hedge' && namesQuotedTitle(doc, first, end)) return true;
  // "The killer was jailed" names the doer of a reported crime; only a label thrown in argument name-calls.
  // "A killer chorus" praises a thing, "the biggest killer of women" ranks a cause of death.
  if (group.technique === 'name-calling' && (namesCrimeDoer(doc, first) || killerNamesNoPerson(doc, first)))
    return true;
  // "The lawsuit claims" reports a pleading, "she claims to have seen" an account no reporter can check: the
  // careful verbs, no doubt cast by the writer.
  if (pleadsInCourt(doc, first) || reportsOwnAccount(doc, first)) return true;
  // "Insisted on paying" demands; "insisted on Tuesday that" still speaks against doubt.
  if (insistsOnDemand(doc, first)) return true;
  // "Convicted of conspiring", "wanted for murder": the charge's own words, named by a court, not the writer.
  if (namesOffence(doc, first)) return true;
  // "The singer collapsed on stage" fell down ill; only prices or support that collapse picture a change.
  if (bodyCollapses(doc, first)) return true;
  return plainForGroup(doc, group.id, first);
}

/** Senses bound to one group: each test runs only for its own group's words (a switch on the id, no scan). */
function plainForGroup(doc: ParsedText, id: string, first: number): boolean {
  switch (id) {
    // "Shockingly low", "is aptly named", "the toddler clumsily stacked": a degree, a state or a child's hands.
    case 'manner-verdict':
      return mannerGradesNoAct(doc, first);
    // "Dress sensibly and carry water": advice, not the writer's approval.
    case 'editorial-adverb':
      return advisesManner(doc, first);
    // "A watch was stolen from the car": theft of a thing is a crime report; "stole the election" charges a trick.
    case 'scheming-verbs':
      return stealsAThing(doc, first);
    // "Bonanza Creek Energy", "Bonanza, the long-running western": a name.
    case 'windfall-praise':
      return capitalisedTitle(doc, first);
    // "Grouse numbers rose": a noun opening the sentence, not a speech verb.
    case 'charged-speech':
      return speechWordAsNoun(doc, first);
    // "Organisers described the event as a tongue-in-cheek ...": their own account of its tone.
    case 'ironic-praise':
      return toneDescribed(doc, first);
    // "The court found the ban in breach of the treaty", "..., a panel said": the judge's or the speaker's charge.
    case 'breach-charge':
      return breachReported(doc, first);
    // "Significant attention, with two million views", "attention from the committee": measured or official.
    case 'reception-puffery':
      return receptionMeasured(doc, first);
    default:
      return false;
  }
}
