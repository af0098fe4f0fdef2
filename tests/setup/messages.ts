/**
 * Every test file starts with the English messages as the message source, as an English browser would give
 * them: the popup, the card and the background read their words through src/i18n, which outside an extension
 * has no browser to ask. A test that wants other messages (markers, another language) sets its own.
 */
import english from '../../_locales/en/messages.json';
import { messagesSource, setMessageSource } from '../../src/i18n/index.ts';

setMessageSource(messagesSource(english));
