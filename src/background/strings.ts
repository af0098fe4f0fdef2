/**
 * Every sentence the background puts in front of the reader (TabView messages, menu titles, refusals), as message
 * keys of _locales/<language>/messages.json read through src/i18n when used (the background has the browser's i18n).
 */
import { t } from '../i18n/index.ts';
import { localised } from '../i18n/localised.ts';

/** A value a caller sent, as it is quoted back in a refusal. */
const quoted = (value: unknown) => String(JSON.stringify(value));

/** The background's reader-facing words. */
export const strings = localised({
  menuAnalyseSelection: 'bg_menuAnalyseSelection',
  tabGone: 'bg_tabGone',
  pageGrew: 'bg_pageGrew',
  pageChangedDuringAnalysis: 'bg_pageChangedDuringAnalysis',
  restrictedBrowserPage: 'bg_restrictedBrowserPage',
  restrictedStore: 'bg_restrictedStore',
  restrictedFile: 'bg_restrictedFile',
  restrictedPdf: 'bg_restrictedPdf',
  restrictedUnknown: 'bg_restrictedUnknown',
  injectionFailed: (detail: string) => t('bg_injectionFailed', detail),
  extractionFailed: (detail: string) => t('bg_extractionFailed', detail),
  engineFailed: (detail: string) => t('bg_engineFailed', detail),
  drawFailed: (detail: string) => t('bg_drawFailed', detail),
  needsSitePermission: 'bg_needsSitePermission',
  notASite: (origin: string) => t('bg_notASite', origin),
  badTabId: (value: unknown) => t('bg_badTabId', quoted(value)),
  badMode: (value: unknown) => t('bg_badMode', quoted(value)),
  badFamilies: (value: unknown) => t('bg_badFamilies', quoted(value)),
  badFlag: (value: unknown) => t('bg_badFlag', quoted(value)),
  badSnapshot: 'bg_badSnapshot',
  badFindingId: (value: unknown) => t('bg_badFindingId', quoted(value)),
  nothingToDismiss: 'bg_nothingToDismiss',
  badReason: (value: unknown) => t('bg_badReason', quoted(value)),
  badNote: (value: unknown) => t('bg_badNote', quoted(value)),
  badKeys: (value: unknown) => t('bg_badKeys', quoted(value)),
  badPagePath: (value: unknown) => t('bg_badPagePath', quoted(value)),
});
