/**
 * The canonical sample article, bundled as text (the build's loader for .txt files): "Try the sample" needs
 * no network and no file, and the extension pages' CSP (connect-src 'none') would refuse a fetch anyway.
 */
import sample from '../../samples/north-waziristan-raid.txt';

/** The sample's text, exactly as in samples/north-waziristan-raid.txt. */
export const SAMPLE_TEXT: string = sample;
