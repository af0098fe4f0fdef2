/** The toolbar badge: the score, on a colour per grade (dark enough for white text at badge size). */
import type { Grade, Report } from '../engine/types.ts';
import type { ExtensionApi } from '../platform/api.ts';

/** Badge background per grade: Okabe-Ito hues darkened until white text reaches 4.5:1 contrast. */
export const GRADE_COLOURS: Record<Grade, string> = {
  poor: '#A63A00',
  weak: '#8A5A00',
  mixed: '#5C5C5C',
  good: '#005F8F',
  strong: '#00704F',
};

/** Shows a report's score on the tab's badge. */
export async function showScore(api: ExtensionApi, tabId: number, report: Report): Promise<void> {
  await api.badge.set(tabId, String(Math.round(report.score.value)), GRADE_COLOURS[report.score.grade], '#FFFFFF');
}

/** Shows that the page is not an article (a dash on grey), so a keyboard-triggered analysis is not silent. */
export async function showNotArticle(api: ExtensionApi, tabId: number): Promise<void> {
  await api.badge.set(tabId, '–', GRADE_COLOURS.mixed, '#FFFFFF');
}

/** Clears the tab's badge. */
export async function clearBadge(api: ExtensionApi, tabId: number): Promise<void> {
  await api.badge.set(tabId, '', GRADE_COLOURS.mixed, '#FFFFFF');
}
