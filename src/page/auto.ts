/**
 * The tiny script registered on sites the reader opted in to: it only tells the background that a page has
 * loaded. The background decides whether to analyse (and then injects the real content script), so a page
 * of an opted-in site that is not an article costs one message.
 */
import { envelope } from '../messaging/envelope.ts';
import { sendRuntimeMessage } from '../platform/tiny-runtime.ts';

sendRuntimeMessage(envelope('content', 'pageLoaded', [])).catch(() => undefined);
