/** A check the hostile-page tests end with: the page's own scripts still answer after Sourcelight's work. */
import { expect } from 'vitest';
import { pageLife, type TestPage, waitFor } from '../harness/index.ts';

/** The page's own scripts still answer: a real click on its button counts, its timer ticks, no error fired. */
export async function expectPageAlive(page: TestPage, button: { x: number; y: number }): Promise<void> {
  const before = await page.evaluate(pageLife, undefined);
  await page.click(button.x, button.y);
  const after = await waitFor(
    () => page.evaluate(pageLife, undefined),
    (life) => life.clicks > before.clicks && life.ticks > before.ticks,
    "the page's own button or timer stopped working",
  );
  expect(after.errors).toEqual([]);
}
