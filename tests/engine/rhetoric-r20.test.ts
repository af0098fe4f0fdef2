/**
 * Round 20, loaded wording: one side's names for a debate ("climate change denial", "a wedge issue"), a person
 * introduced by a wing of politics ("a right-wing pundit"), an organisation belittled as an "outfit", and a size
 * word on how much notice something got ("significant attention"); a breach of a treaty or a state's killing
 * called an assassination in the writer's voice; "statesman" as an honour. Sentences are our own.
 */
import { describe, expect, test } from 'vitest';
import { on, type Row } from './rhetoric-rows.ts';

const PARTISAN = 'rhetoric/loaded-language/partisan-term';
const WING = 'rhetoric/name-calling/wing-label';
const OUTFIT = 'rhetoric/name-calling/outfit-label';
const RECEPTION = 'rhetoric/loaded-language/reception-puffery';
const BREACH = 'rhetoric/loaded-language/breach-charge';
const STANDING = 'rhetoric/loaded-language/standing';

describe('flags', () => {
  test.each<Row>([
    // One side's names for a debate.
    ['The oil firm spent years funding climate change denial.', 'climate change denial', PARTISAN],
    ['The group was accused of spreading science denial in schools.', 'science denial', PARTISAN],
    ['The mayor turned the bus fares into a wedge issue.', 'wedge issue', PARTISAN],
    // A person filed by a wing of politics.
    ['The right-wing pundit Dana Kell mocked the budget.', 'right-wing pundit', WING],
    ['A left-wing celebrity opened the festival in Marlow.', 'left-wing celebrity', WING],
    ['Two right-wing commentators praised the ruling.', 'right-wing commentators', WING],
    // An organisation shrunk to an outfit.
    ['A little-known outfit paid for the leaflets.', 'little-known outfit', OUTFIT],
    ['Two rights outfits asked for an inquiry into the prison.', 'rights outfits', OUTFIT],
    ['A lobbying outfit wrote most of the bill.', 'lobbying outfit', OUTFIT],
    // Notice made big without a number.
    ['The mural drew significant attention from the local press.', 'significant attention', RECEPTION],
    ['Her first film gained considerable media coverage.', 'considerable media coverage', RECEPTION],
    ['The podcast built a substantial following in Spain.', 'substantial following', RECEPTION],
    // A breach or a state's killing named in the writer's own voice.
    ['The navy seized the tanker in violation of international law.', 'in violation of international law', BREACH],
    ['The tanks rolled in, in breach of the 1994 peace accords.', 'in breach of the 1994 peace accords', BREACH],
    ['The convoy crossed the valley, violating the canton\'s neutrality.', 'violating', BREACH],
    ['The militia commander was assassinated by the army in March.', 'assassinated by the army', BREACH],
    // Wisdom in office granted as an honour.
    ['She served as mayor and later as a stateswoman of note.', 'stateswoman', STANDING],
    ['He was a farmer, a senator and a statesman.', 'statesman', STANDING],
  ])('%s', (text, words, rule) => {
    expect(on(text, words, rule).length).toBeGreaterThan(0);
  });
});

describe('does not flag', () => {
  test.each<Row>([
    // Denying a request and a wedge of food are no names for a debate.
    ['The council denied the climate group a permit.', 'denial', PARTISAN],
    ['A wedge of cheese sat on the board.', 'wedge', PARTISAN],
    ['She put a wedge under the door.', 'wedge', PARTISAN],
    // A wing of a building, a team or a party is no label for a person.
    ['The right wing of the hospital was closed for repairs.', 'right wing', WING],
    ['The left-wing party won four seats in the council vote.', 'left-wing', WING],
    ['He played on the left wing for Harlow Town.', 'left wing', WING],
    // Clothes are outfits.
    ['She wore a red outfit to the gala.', 'outfit', OUTFIT],
    ['The team unveiled its new outfits for the season.', 'outfits', OUTFIT],
    ['The singer changed outfits four times during the show.', 'outfits', OUTFIT],
    // A share held in a firm, a plain request for attention, and a measured reception.
    ['The bank holds a significant interest in the mill.', 'significant', RECEPTION],
    ['Drivers should pay attention to the new signs.', 'attention', RECEPTION],
    ['The report found no significant change in the river.', 'significant', RECEPTION],
    ['The phone makers reported significant gains in face recognition.', 'significant', RECEPTION],
    ['Tenants must be given significant advance notice of a rent rise.', 'significant', RECEPTION],
    ['The nurses paid considerable attention to the older patients.', 'considerable', RECEPTION],
    ['The roof needs substantial attention before winter.', 'substantial', RECEPTION],
    // A licence, a contract or a traffic rule is broken as an official finds; a leader's murder is assassination.
    ['The court found the firm had traded in breach of its licence.', 'breach', BREACH],
    ['The driver was fined for a parking violation.', 'violation', BREACH],
    ['The prime minister was assassinated in 1995.', 'assassinated', BREACH],
    ['The builder sued the council for breach of contract.', 'breach', BREACH],
    ['Ruritania accused its neighbour of violating its sovereignty.', 'violating', BREACH],
    ['Critics say the dam would violate the river accords.', 'violate', BREACH],
    ['The club acted in breach of its own charter, the panel found.', 'breach', BREACH],
    // A breach or a killing charged by a named speaker or found by a court is theirs, not the writer's.
    ['The foreign office said the jets were in violation of its airspace sovereignty.', 'violation', BREACH],
    ['Envoys said the shelling was in breach of the truce accord.', 'breach', BREACH],
    ['The raids violate international law, a panel of jurists said.', 'violate', BREACH],
    ['The court ruled the embargo was in violation of international law.', 'violation', BREACH],
    ['Arbitrators found the shipper in breach of the treaty rules.', 'breach', BREACH],
    ['The smuggler was assassinated by police, his lawyers said.', 'assassinated', BREACH],
    ['Three reporters were assassinated by soldiers, according to a press union.', 'assassinated', BREACH],
    // A breach denied, and the safety rules of a building.
    ['Norland has been in breach of no treaties for a century.', 'breach', BREACH],
    ['The depot was in breach of fire safety conventions.', 'breach', BREACH],
    // Notice that was counted, or the attention of an official body.
    ['The bid received significant attention from the zoning board.', 'significant', RECEPTION],
    ['The clip gained significant attention, with three million views in two days.', 'significant', RECEPTION],
    ['The strike won considerable coverage, according to a monitor that counted 300 stories.', 'considerable', RECEPTION],
    ['He has a considerable following among young voters, polls show.', 'considerable', RECEPTION],
    // A time after the size word and its noun, and the cover a policy gives.
    ['Rents saw significant rises following the sale of the estate.', 'significant', RECEPTION],
    ['Fares rose by a considerable margin following the strike.', 'considerable', RECEPTION],
    ['The new policy offers substantial coverage for eye care.', 'substantial', RECEPTION],
    // An outfit that is worn.
    ['He wore a political outfit covered in badges.', 'outfit', OUTFIT],
    ['The choir wore matching campaigning outfits.', 'outfits', OUTFIT],
    // The oldest hand in a team.
    ['At 37, the striker is the elder statesman of the dressing room.', 'statesman', STANDING],
  ])('%s', (text, words, rule) => {
    expect(on(text, words, rule)).toEqual([]);
  });
});

describe('span', () => {
  // The highlight is the size word and the notice, not the whole clause around them.
  test('reception-puffery keeps its phrase', () => {
    expect(on('The quilt show drew significant attention in Tarrow.', 'attention', RECEPTION).map((f) => f.text)).toEqual([
      'significant attention',
    ]);
  });
});
