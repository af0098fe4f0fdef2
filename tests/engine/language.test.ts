/** The "not English" warning: any script wink does not read as words, and Latin-script text of another language. */
import { describe, expect, test } from 'vitest';
import { detectLanguageWarnings } from '../../src/engine/language.ts';
import { parse } from '../../src/engine/nlp.ts';

const warns = (text: string) => detectLanguageWarnings(parse(text)).length > 0;

describe('warns', () => {
  test.each([
    ['French', 'Le conseil municipal a voté lundi soir un nouveau budget pour les écoles de la ville et les parcs du quartier.'],
    ['Russian (words wink types as unknown)', 'Городской совет в понедельник утвердил новый бюджет для школ и парков района на следующий год.'],
    ['Greek', 'Το δημοτικό συμβούλιο ενέκρινε τη Δευτέρα νέο προϋπολογισμό για τα σχολεία και τα πάρκα της πόλης.'],
    ['Arabic', 'وافق المجلس البلدي يوم الاثنين على ميزانية جديدة لمدارس المدينة وحدائقها للعام المقبل.'],
    ['Chinese (one sentence, one token, no spaces)', '市议会周一批准了明年城市学校和公园的新预算，市长表示这将改善居民生活。'],
    ['a short Greek headline', 'Νέος προϋπολογισμός για τα σχολεία της πόλης'],
  ])('%s', (_, text) => {
    expect(warns(text)).toBe(true);
  });
});

describe('does not warn', () => {
  test.each([
    ['English', 'The city council approved a new budget for schools and parks on Monday, the mayor said in a statement.'],
    ['English naming a Russian paper in its own script', 'The story first ran in Известия on Monday and was picked up by several papers across the region the same evening.'],
    ['English with emoji', 'The mayor 🎉 said the park 🌳 will open on Monday 🙌 after the crews finish the repairs 👍 to the old gates.'],
    ['too short to tell', 'Budget vote Monday.'],
    ['empty', ''],
  ])('%s', (_, text) => {
    expect(warns(text)).toBe(false);
  });
});
