/**
 * What the reader's settings mean for a report's findings. The score is the engine's and is not changed by
 * settings: they choose what is listed and highlighted, never what the article earns.
 */
import type { Finding } from '../engine/types.ts';
import { FAMILIES } from '../messaging/families.ts';
import type { Family } from '../messaging/protocol.ts';
import { CONFIDENT, type Settings } from './schema.ts';

/** Whether the settings show a finding: confident enough, and not of a technique the reader switched off. */
export function isShownBySettings(finding: Finding, settings: Settings): boolean {
  if (settings.sensitivity === 'confident' && finding.confidence < CONFIDENT) return false;
  // A technique the settings do not know (the engine may add some) stays shown.
  return !(finding.kind === 'rhetoric' && settings.techniques[finding.technique] === false);
}

/** The findings the settings show, in their order. */
export function shownFindings(findings: readonly Finding[], settings: Settings): Finding[] {
  return findings.filter((finding) => isShownBySettings(finding, settings));
}

/** The families shown when a text is first analysed. */
export function initialFamilies(settings: Settings): Family[] {
  return FAMILIES.filter((family) => settings.families[family]);
}
