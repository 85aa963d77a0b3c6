import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { clientScript } from '../../electron/web/client-script.ts';
import { serverClientScript } from '../../electron/server/client-script.ts';
import { channels } from '../../shared/ipc/table.ts';

type Listener = (event: { target: unknown; preventDefault: () => void; stopPropagation?: () => void }) => void;

/** An element of the drawn form as the early script sees it: attributes, and the one ancestor it asks for. */
class FakeElement {
  attributes = new Map<string, string>();
  readonly found: (selector: string) => FakeElement | null;
  constructor(found: (selector: string) => FakeElement | null = () => null) {
    this.found = found;
  }
  getAttribute(name: string) {
    return this.attributes.get(name) ?? null;
  }
  setAttribute(name: string, value: string) {
    this.attributes.set(name, value);
  }
  closest(selector: string) {
    return this.found(selector);
  }
}
class FakeInput extends FakeElement {
  type = 'password';
}

/**
 * The injected scripts' parts for a page whose sign-in form the server drew (early-submit-script.ts,
 * early-controls-script.ts, start-app-script.ts), run in a page-like context whose document keeps its
 * capture listeners. `elements` are what getElementById finds besides the template.
 */
function runScript(script: string, template: object | null = null, elements: Record<string, object> = {}) {
  const captured = new Map<string, Set<Listener>>();
  const on = (type: string) => captured.get(type) ?? captured.set(type, new Set()).get(type)!;
  const listeners = on('submit');
  const window: Record<string, unknown> = { dispatchEvent: () => true, addEventListener: () => undefined };
  const document = {
    addEventListener: (type: string, fn: Listener, capture: boolean) => capture && on(type).add(fn),
    removeEventListener: (type: string, fn: Listener, capture: boolean) => capture && on(type).delete(fn),
    getElementById: (id: string) => (lookedUp.push(id), elements[id] ?? template),
    importNode: (content: unknown, deep: boolean) => ({ imported: content, deep }),
    head: { append: (node: unknown) => appended.push(node) },
  };
  const lookedUp: string[] = [];
  const appended: unknown[] = [];
  const frames: (() => void)[] = [];
  const tasks: (() => void)[] = [];
  runInNewContext(script, {
    window,
    document,
    location: { search: '' },
    URLSearchParams,
    sessionStorage: { getItem: () => null, setItem: () => undefined },
    localStorage: { getItem: () => null },
    Event: class {},
    Element: FakeElement,
    HTMLInputElement: FakeInput,
    fetch: async () => ({ status: 200, headers: { get: () => null }, json: async () => ({ ok: true, value: {} }) }),
    requestAnimationFrame: (fn: () => void) => frames.push(fn),
    setTimeout: (fn: () => void) => tasks.push(fn),
  });
  const run = (queue: (() => void)[]) => queue.splice(0).forEach((fn) => fn());
  /** A submit of `form` as the browser sends it; true when the page's script stopped the browser's own sending. */
  const submit = (form: object): boolean => {
    let prevented = false;
    for (const fn of listeners) fn({ target: form, preventDefault: () => (prevented = true) });
    return prevented;
  };
  return {
    submit,
    take: window.sipenaTakeEarlySubmit as () => unknown,
    takeControls: window.sipenaTakeEarlyControls as () => void,
    listening: () => listeners.size,
    /** A press of the mouse on `target`: whether the page's script stopped it reaching the page's other handlers. */
    press: (target: object): { prevented: boolean; stopped: boolean } => {
      const seen = { prevented: false, stopped: false };
      for (const fn of on('mousedown')) fn({ target, preventDefault: () => (seen.prevented = true), stopPropagation: () => (seen.stopped = true) });
      return seen;
    },
    listeningFor: (type: string) => on(type).size,
    lookedUp,
    appended,
    frames: () => frames.length,
    /** The next frame is drawn (its callbacks run), then the tasks they queued. */
    paint: () => {
      run(frames);
      run(tasks);
    },
  };
}

describe.each([
  ['the browser harness', clientScript(channels)],
  ['the office server', serverClientScript(channels)],
])('the script %s injects', (_name, script) => {
  it('holds a submit of the server-drawn form made before the app runs, and hands it to the app once', () => {
    const page = runScript(script);
    const form = { id: 'login' };
    expect(page.submit(form)).toBe(true);
    expect(page.take()).toBe(form);
    expect(page.listening()).toBe(0);
    // From then on the app's own handlers answer submits; the page's script no longer stops them.
    expect(page.submit(form)).toBe(false);
    expect(page.take()).toBeNull();
  });

  it('starts nothing itself on a page without a drawn form (the app\'s scripts are in the page)', () => {
    const page = runScript(script);
    expect(page.lookedUp).toEqual(['sipena-app-files']);
    expect(page.frames()).toBe(0);
  });

  it('puts the app\'s scripts in once the drawn form is painted, not before', () => {
    let removed = false;
    const content = { scripts: 'index.js' };
    const page = runScript(script, { content, remove: () => (removed = true) });
    expect(page.appended).toEqual([]);
    page.paint();
    expect(page.appended).toEqual([{ imported: content, deep: true }]);
    expect(removed).toBe(true);
  });

  it('hands over nothing when no form was sent before the app ran', () => {
    const page = runScript(script);
    expect(page.take()).toBeNull();
    expect(page.listening()).toBe(0);
  });

  it('turns a drawn password field\'s eye button until the app takes over, then leaves it to the app', () => {
    const field = new FakeInput();
    const eye: FakeElement = new FakeElement((selector) => (selector.startsWith('#root[data-gate] button') ? eye : null));
    eye.setAttribute('aria-controls', 'pw');
    eye.setAttribute('aria-pressed', 'false');
    const icon = new FakeElement((selector) => eye.closest(selector));
    const page = runScript(script, null, { pw: field });
    // Mantine's button turns on mousedown and keeps the focus in the field: the script does the same.
    expect(page.press(icon)).toEqual({ prevented: true, stopped: true });
    expect([field.type, eye.getAttribute('aria-pressed')]).toEqual(['text', 'true']);
    page.press(icon);
    expect([field.type, eye.getAttribute('aria-pressed')]).toEqual(['password', 'false']);
    expect(page.press(new FakeElement())).toEqual({ prevented: false, stopped: false });

    page.takeControls();
    expect(['mousedown', 'touchend', 'change'].map(page.listeningFor)).toEqual([0, 0, 0]);
    page.press(icon);
    expect(field.type).toBe('password');
  });
});
