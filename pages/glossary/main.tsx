/** The glossary page's entry point (bundled to glossary.js). */
import { mountPage } from '../shared/mount.tsx';
import { GlossaryPage } from './GlossaryPage.tsx';

mountPage(<GlossaryPage />, 'glossary_pageTitle');
