import { WORKBENCH_SHORTCUTS } from './keyboard.js';

/** Every workbench shortcut; shown by "?" and in the app's Keyboard Shortcuts dialog. */
export function ShortcutsList() {
  return (
    <dl className="shortcuts" aria-label="Workbench shortcuts">
      {WORKBENCH_SHORTCUTS.map((s) => (
        <div key={s.description} className="shortcut">
          <dt>
            {s.keys.map((k, i) => (
              <span key={k}>
                {i > 0 && ' or '}
                <kbd>{k}</kbd>
              </span>
            ))}
          </dt>
          <dd>{s.description}</dd>
        </div>
      ))}
    </dl>
  );
}
