/**
 * Plain-language explanations for every attribution rule: what the phrase is, why it matters, and the
 * question a careful reader asks. Written for readers of about fifteen.
 */

/** The words shown to a reader for one rule. */
interface Wording {
  explanation: string;
  question: string;
}

/** Every attribution rule the detector can report, with its wording. A test checks each one is used. */
export const ATTRIBUTION_WORDING: Readonly<Record<string, Wording>> = {
  'attribution/named-source': {
    explanation: 'The article says by name who this comes from. A named person or organisation can be looked up and held to their words.',
    question: 'Is this source in a position to know, and what might they gain from saying it?',
  },
  'attribution/spokesperson': {
    explanation: 'A spokesperson speaks for a named organisation on the record, so the organisation answers for these words.',
    question: 'What does the organisation gain from putting it this way?',
  },
  'attribution/institution': {
    explanation: 'The source is an organisation named by its role ("the ministry", "police") rather than a person. It is on the record, but no single person answers for it.',
    question: 'Which office or official actually said this?',
  },
  'attribution/back-reference': {
    explanation: 'This points back to a source the article named earlier, by their role instead of their name.',
    question: 'Is this the same person as before, and are these still their words?',
  },
  'attribution/named-role': {
    explanation: 'The source is named through their role for a named person or organisation ("the senator’s campaign manager"). One identifiable person holds that role.',
    question: 'Who holds this role, and do they speak for their employer here?',
  },
  'attribution/unnamed-back-reference': {
    explanation: 'This points back to a source the article met earlier without a name ("the source", "the officials"). Calling them again does not make them any easier to check.',
    question: 'Who is this source, and why are they still not named?',
  },
  'attribution/definite-reference': {
    explanation: 'The source is referred to by a role ("the senator", "the candidates"), which points back to someone the article introduced before.',
    question: 'Who exactly is meant, and where were they named?',
  },
  'attribution/document': {
    explanation: 'The information is said to come from a document or data: a report, study, filing or record. Documents can usually be found and read.',
    question: 'Can you find this document, and does it say what the article says it says?',
  },
  'attribution/survey-share': {
    explanation: 'This reports what a share of people answered ("half of voters said"). Such figures come from a poll or a count, which can be looked up.',
    question: 'Which poll is this, who was asked, and how many people answered?',
  },
  'attribution/link': {
    explanation: 'This text links to another page, so you can follow it and see where the information comes from.',
    question: 'Does the linked page really support what is said here?',
  },
  'attribution/hearsay': {
    explanation: 'This points at "reports" without saying whose. It sounds like evidence, but nobody can check reports that have no author, outlet or title.',
    question: 'Which reports? Who wrote them, and where were they published?',
  },
  'attribution/vague-group': {
    explanation: 'This credits a vague group (experts, critics, officials, "many") instead of anyone you could identify. You cannot check who they are, how many they are, or whether they agree.',
    question: 'Which people exactly, and how many of them?',
  },
  'attribution/unnamed-person': {
    explanation: 'The source is one person the article does not name. You have to take the writer’s word that this person exists and knows the facts.',
    question: 'Why is this person not named, and how would they know?',
  },
  'attribution/anonymity-phrase': {
    explanation: 'The article says the source is kept hidden on purpose. That can protect people, but you cannot check what the source knows or what they want.',
    question: 'Why was the source allowed to stay anonymous, and is that reason good enough?',
  },
  'attribution/echo': {
    explanation: 'This points back to the unnamed source mentioned earlier. Repeating an unverifiable source makes it sound stronger, but it is still the same unnamed source.',
    question: 'Has anyone named confirmed this since?',
  },
  'attribution/quotation': {
    explanation: 'These are someone’s own words in quotation marks. The speaker is named in the sentence next to it, so the words are credited to them.',
    question: 'Is the quotation complete, or cut to change its meaning?',
  },
  'attribution/unattributed-quotation': {
    explanation: 'These are someone’s words in quotation marks, but this sentence does not say whose. A quotation only helps a reader if they can tell who said it.',
    question: 'Who said this, and where?',
  },
  'attribution/pronoun': {
    explanation: '"He", "she" or "they" stands for a source mentioned earlier. The source is only as clear as what the pronoun points back to.',
    question: 'Who exactly does the pronoun refer to?',
  },
  'attribution/first-person': {
    explanation: 'The speaker talks about themselves ("I told them", "we believe"): their own words or view, not a source the text cites. Whose words these are depends on who is speaking.',
    question: 'Who is speaking here?',
  },
  'attribution/agentless-passive': {
    explanation: 'The sentence says something "is believed" or "was reported" without saying by whom. Information with nobody behind it cannot be checked.',
    question: 'Believed or reported by whom?',
  },
  'attribution/agentless-phrase': {
    explanation: 'This passes on what is "said", "expected" or "widely seen" without naming anyone who says, expects or sees it.',
    question: 'Who says so, and how do they know?',
  },
  'attribution/agentless-speech': {
    explanation: 'Something "was announced", "was asked" or "was revealed", but the sentence does not say who announced, asked or revealed it. Without a speaker, nobody can be held to the words.',
    question: 'Who announced or said this?',
  },
  'attribution/agentless-appearance': {
    explanation: 'Words like "appears to" or "it seems" pass something on as an impression without saying whose impression it is or what it rests on.',
    question: 'Appears so to whom, and based on what?',
  },
  'attribution/agentless-noun': {
    explanation: 'Words like "news that", "fears that" or "the so-called" pass on a report, a worry or a label without saying whose it is.',
    question: 'Whose news, fear or label is this, and what is it based on?',
  },
  'attribution/agentless-adverb': {
    explanation: 'Words like "reportedly" and "allegedly" pass on a claim while saying that nobody in particular made it.',
    question: 'Who reported it, and where?',
  },
};

/** The explanation for a rule, with the stated reason for anonymity added when the text gives one. */
export function explain(rule: string, reason?: string): Wording {
  const wording = ATTRIBUTION_WORDING[rule];
  if (!wording) throw new Error(`no wording for attribution rule ${rule}`);
  if (!reason) return wording;
  return { ...wording, explanation: `${wording.explanation} The reason given: “${reason}”.` };
}
