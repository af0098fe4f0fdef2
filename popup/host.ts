/**
 * Where the popup runs, for the one thing that differs: Firefox closes its toolbar popup as soon as a file
 * picker opens (Mozilla bug 1292701), so the chosen file would reach no one. There, "Load report" reopens the
 * popup in a tab (the same page with ?tabId=), where the picker works; everywhere else it opens in place.
 */

/** What the popup needs to know about the place it runs in. */
export interface PopupHost {
  /** True when a file picker would close this popup before the reader could choose a file. */
  pickerClosesPopup: boolean;
  /** True when this page was opened to load a report (the reader is about to choose a file). */
  openedToLoad: boolean;
  /** Opens the popup for `tabId` in a tab, ready to load a report, and closes this one. */
  reopenToLoad(tabId: number): void;
}

/** The host of a popup page at `search` in `window_`. */
export function popupHost(search: string, window_: Window = window): PopupHost {
  const params = new URLSearchParams(search);
  return {
    // A toolbar popup has no ?tabId (a popup opened as a tab, by this code or by tests, always has one).
    pickerClosesPopup: window_.location.protocol === 'moz-extension:' && !params.has('tabId'),
    openedToLoad: params.has('load'),
    reopenToLoad(tabId) {
      window_.open(`popup.html?tabId=${tabId}&load=1`, '_blank');
      window_.close();
    },
  };
}

/** A host where nothing differs (unit tests, previews). */
export const PLAIN_HOST: PopupHost = { pickerClosesPopup: false, openedToLoad: false, reopenToLoad: () => undefined };
