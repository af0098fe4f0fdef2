/** The settings module's public surface: the shape and defaults, validation, storage, backups and what they mean. */
export { initialFamilies, isShownBySettings, shownFindings } from './apply.ts';
export { type ImportProblem, settingsFromJson, settingsToJson } from './backup.ts';
export {
  CONFIDENT,
  type CustomTerm,
  defaultSettings,
  LIMITS,
  type Sensitivity,
  type Settings,
  SETTINGS_VERSION,
  TECHNIQUES,
} from './schema.ts';
export { loadSettings, SETTINGS_KEY, saveSettings } from './storage.ts';
export {
  checkCustomTerm,
  checkSourceName,
  type EntryProblem,
  type SettingsField,
  type SettingsNotice,
  type Validated,
  validateSettings,
} from './validate.ts';
