/**
 * The Export menu button (the WAI-ARIA menu button pattern): Enter, Space or the arrow keys open it on an item,
 * arrows, Home and End move between items, Escape closes it and gives focus back to the button, and Tab or a
 * click elsewhere closes it. Choosing a format closes it too, with focus back on the button.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ExportFormat } from '../../src/report/types.ts';
import { EXPORT_FORMATS } from '../model/export-formats.ts';
import { strings } from '../strings.ts';

/** Props: what choosing a format does. */
interface ExportMenuProps {
  onExport(format: ExportFormat): void;
}

/** The button and, while open, its menu of the four formats. */
export function ExportMenu({ onExport }: ExportMenuProps) {
  // The item that has focus while the menu is open; null while it is closed.
  const [active, setActive] = useState<number | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const open = active !== null;
  const last = EXPORT_FORMATS.length - 1;

  useEffect(() => {
    if (active === null) return;
    menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]')[active]?.focus();
  }, [active]);

  useEffect(() => {
    if (!open) return;
    // A press anywhere outside the button and the menu closes it, as clicking away from any menu does.
    const away = (event: Event) => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setActive(null);
    };
    const doc = button.current?.ownerDocument;
    doc?.addEventListener('pointerdown', away);
    return () => doc?.removeEventListener('pointerdown', away);
  }, [open]);

  const close = (refocus: boolean) => {
    setActive(null);
    if (refocus) button.current?.focus();
  };

  const onButtonKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setActive(event.key === 'ArrowDown' ? 0 : last);
    }
  };

  const onMenuKey = (event: KeyboardEvent) => {
    if (active === null) return;
    const moves: Record<string, number> = {
      ArrowDown: active === last ? 0 : active + 1,
      ArrowUp: active === 0 ? last : active - 1,
      Home: 0,
      End: last,
    };
    if (event.key in moves) {
      event.preventDefault();
      setActive(moves[event.key]);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
    } else if (event.key === 'Tab') close(false);
  };

  const choose = (format: ExportFormat) => {
    close(true);
    onExport(format);
  };

  return (
    <div class="menu-button">
      <button
        ref={button}
        type="button"
        class="secondary export-button"
        id="export-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls="export-menu"
        onClick={() => (open ? close(false) : setActive(0))}
        onKeyDown={onButtonKey}
      >
        {strings.exports.menu}
        <span class="menu-caret" aria-hidden="true">
          ▾
        </span>
      </button>
      <div ref={menu} id="export-menu" role="menu" aria-labelledby="export-button" hidden={!open} onKeyDown={onMenuKey}>
        {EXPORT_FORMATS.map((format, index) => (
          <button
            key={format}
            type="button"
            role="menuitem"
            class="menu-item"
            tabIndex={index === active ? 0 : -1}
            onClick={() => choose(format)}
          >
            <span class="menu-item-name">{strings.exports.formats[format].name}</span>
            <span class="menu-item-hint">{strings.exports.formats[format].hint}</span>
          </button>
        ))}
      </div>
    </div>
  );
}
