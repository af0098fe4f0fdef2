/**
 * Words that mark a passage as being about a topic where some charged words are ordinary vocabulary:
 * "attack" and "crushed" in a match report, "bleed" and "aggressive" in medicine, "explosive growth" in a
 * sales figure. Lists written by the project; they are lemmas or lower-case forms (American spelling, as
 * wink normalises "neighbour" to "neighbor").
 */
import type { Domain } from './types.ts';

/** Topic words per domain; a passage with enough of them is read in that domain's sense. */
export const DOMAIN_WORDS: Record<Domain, readonly string[]> = {
  sport: [
    'match', 'season', 'coach', 'league', 'striker', 'midfielder', 'defender', 'goalkeeper', 'quarterback',
    'inning', 'innings', 'tournament', 'championship', 'playoff', 'playoffs', 'stadium', 'scored', 'scorer',
    'referee', 'umpire', 'teammate', 'squad', 'fixture', 'touchdown', 'wicket', 'batsman', 'pitcher', 'halftime',
    'olympic', 'olympics', 'medal', 'athlete', 'racer', 'lap', 'semifinal', 'cup', 'nba',
    'nfl', 'fifa', 'uefa', 'premiership', 'goal', 'goals', 'rebound', 'dunk', 'offside', 'penalty', 'club',
  ],
  medicine: [
    'patient', 'patients', 'disease', 'tumor', 'cancer', 'infection', 'symptom', 'clinical', 'surgery', 'surgeon',
    'immune', 'virus', 'bacteria', 'bacterial', 'dose', 'therapy', 'diagnosis', 'diagnose', 'hospital', 'nurse',
    'physician', 'vaccine', 'artery', 'tissue', 'chronic', 'medication', 'treatment',
  ],
  science: [
    'researcher', 'experiment', 'laboratory', 'lab', 'molecule', 'protein', 'gene', 'genetic', 'species',
    'chemical', 'reaction', 'particle', 'physics', 'chemistry', 'biology', 'specimen', 'hypothesis',
    'galaxy', 'planet', 'orbit', 'atom', 'enzyme', 'organism', 'ecosystem', 'electron', 'neuron',
  ],
  chess: [
    'chess', 'grandmaster', 'checkmate', 'pawn', 'rook', 'gambit', 'endgame', 'stalemate',
    'castling', 'fide',
  ],
  economy: [
    'percent', 'revenue', 'quarter', 'quarterly', 'gdp', 'market', 'shares', 'stock', 'stocks', 'investor',
    'earnings', 'profit', 'sales', 'inflation', 'growth', 'economist', 'index', 'dow', 'nasdaq', 'yield', 'bond',
  ],
  military: [
    'troops', 'soldier', 'army', 'military', 'artillery', 'airstrike', 'missile', 'battalion', 'brigade',
    'infantry', 'tank', 'drone', 'frontline', 'ceasefire', 'militant', 'militants', 'insurgent', 'insurgency',
  ],
  crime: [
    'police', 'suspect', 'arrested', 'arrest', 'charged', 'victim', 'prosecutor', 'sentenced', 'jury', 'court',
    'detective', 'homicide', 'robbery', 'convicted', 'trial', 'defendant', 'burglary', 'burglar',
    'smuggle', 'smuggled', 'smuggling', 'jailed', 'inquest', 'manslaughter', 'shoplifting',
  ],
};
