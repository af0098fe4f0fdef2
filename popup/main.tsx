/** The popup's entry point (bundled to popup.js): mounts the app on #app with the running extension's client. */
import { mountPopup } from './mount.tsx';
import { realBackgroundClient } from './real-client.ts';

const root = document.getElementById('app');
if (root) mountPopup(root, realBackgroundClient(), location.search);
