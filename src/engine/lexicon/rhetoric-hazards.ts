/**
 * Fires, storms, floods, quakes, blasts and epidemics: when one of them is what destroys, rips, devastates or
 * threatens, the verb reports physical damage ("the hurricane devastated the island"), not a writer's drama.
 * One alternation slot in the term syntax of ./types.ts, shared by the groups whose verbs have that literal
 * sense. Written by the project.
 */

/** The hazards, as one `a|b|c` slot (singular and plural forms, since a slot matches a form or a lemma). */
export const HAZARDS =
  'fire|fires|blaze|blazes|flames|storm|storms|flood|floods|flooding|floodwater|floodwaters|earthquake|quake|' +
  'tornado|tornadoes|hurricane|typhoon|cyclone|wildfire|wildfires|explosion|explosions|blast|wind|winds|gale|' +
  'gales|landslide|landslides|avalanche|drought|frost|hail|disease|virus|outbreak|pest|pests|' +
  // Rising water is the flood itself ("the flood water threatened homes", "rising seas threaten the coast").
  'water|waters|river|rivers|sea|seas|tide|tides|lava|eruption|volcano|mudslide|mudslides|heatwave|blizzard|smoke';
