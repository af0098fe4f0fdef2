/**
 * The canonical sample article, bundled as text (the build's loader for .txt files): "Try the sample" needs
 * no network and no file to fetch (the extension pages' CSP, connect-src 'self', allows only the extension's
 * own packaged files).
 */
import sample from '../../samples/north-waziristan-raid.txt';

/** The sample's text, exactly as in samples/north-waziristan-raid.txt. */
export const SAMPLE_TEXT: string = sample;
