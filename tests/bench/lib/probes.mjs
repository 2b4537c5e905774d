// Scripts that run inside the measured pages (installed with page.addInitScript before any of the
// page's own scripts). Each is self-contained: Playwright serializes the function's source.
// Everything is timed with performance.now(), i.e. in milliseconds since the navigation started.

/**
 * Records when the first question becomes clickable (in the DOM, rendered, enabled) and when the
 * frame showing it has been produced, plus when the wasm app started and its WebAssembly.Memory.
 */
export function readinessProbe(selector) {
  const state = { selector, clickableAt: null, frameAt: null, appStartedAt: null, memory: null };
  Object.defineProperty(window, '__bench', { value: state });

  // Trunk's loader fires this after init() with the instance's exports, `memory` among them.
  addEventListener('TrunkApplicationStarted', (event) => {
    state.appStartedAt = performance.now();
    state.memory = event.detail?.wasm?.memory ?? null;
  });

  const isClickable = (element) =>
    element instanceof HTMLElement &&
    !element.matches(':disabled') &&
    element.getAttribute('aria-disabled') !== 'true' &&
    element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });

  const check = () => {
    if (state.clickableAt !== null || !isClickable(document.querySelector(selector))) return;
    state.clickableAt = performance.now();
    observer.disconnect();
    // Work queued from a rAF callback runs once that frame's style, layout and paint are done.
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        state.frameAt = performance.now();
        window.__benchReady?.();
      };
      channel.port2.postMessage(null);
    });
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, attributes: true });
}

/**
 * Times every user interaction (a trusted click, or typing into a field): from the moment the
 * browser starts dispatching it to the end of the next frame. Yew renders in a microtask right
 * after the handler, so by the last bubbling listener on window the DOM is updated; the rest is
 * the browser's style, layout and paint for the next frame.
 *
 * Per interaction: `handlers` (dispatch + Yew update), `frame` (rendering work of the next frame),
 * `update` = handlers + frame (the main-thread cost, what the budget limits) and `toFrame` (wall
 * time to the end of the next frame, which also includes waiting for the frame's vsync slot).
 */
export function interactionProbe() {
  const records = [];
  Object.defineProperty(window, '__benchInteractions', { value: records });
  let open = null;

  // The flow's navigation buttons change the whole screen; everything else is an answer.
  const STEP_ACTIONS = new Set(['start', 'next', 'back', 'restart', 'review']);
  const kindOf = (target) => {
    const action = target instanceof Element ? target.closest('[data-action]')?.getAttribute('data-action') : null;
    return STEP_ACTIONS.has(action) ? `step:${action}` : 'answer';
  };

  const begin = (event) => {
    if (!event.isTrusted || open) return;
    const control = event.target instanceof Element ? event.target.closest('[name], [data-action]') : null;
    const record = {
      kind: kindOf(event.target),
      // Which control, by its contract hook, so a slow interaction can be traced to its question.
      control: control?.getAttribute('name')
        ? `${control.getAttribute('name')}=${control.getAttribute('value') ?? ''}`
        : control?.getAttribute('data-action') ?? event.target?.nodeName ?? null,
      event: event.type,
      start: performance.now(),
    };
    record.handlersEnd = record.start;
    open = record;
    requestAnimationFrame(() => {
      record.frameStart = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        record.frameEnd = performance.now();
        record.handlers = record.handlersEnd - record.start;
        record.frame = record.frameEnd - record.frameStart;
        record.update = record.handlers + record.frame;
        record.toFrame = record.frameEnd - record.start;
        records.push(record);
      };
      channel.port2.postMessage(null);
      open = null;
    });
  };
  const end = () => {
    if (open) open.handlersEnd = performance.now();
  };

  for (const type of ['click', 'input']) addEventListener(type, begin, { capture: true });
  // A checkbox or radio fires input and change after its click, in the same task.
  for (const type of ['click', 'input', 'change']) addEventListener(type, end);
}

/** Collects long tasks (> 50 ms) with their attribution, from the start of the page's life. */
export function longTaskProbe() {
  const tasks = [];
  Object.defineProperty(window, '__benchLongTasks', { value: tasks });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      tasks.push({
        start: entry.startTime,
        duration: entry.duration,
        name: entry.name,
        container: entry.attribution?.[0]?.containerType || null,
        containerSrc: entry.attribution?.[0]?.containerSrc || null,
      });
    }
  }).observe({ type: 'longtask', buffered: true });
}

/** A fixed amount of JavaScript work, to check that CPU throttling really applies to a page. */
export function calibrationLoop() {
  const started = performance.now();
  let checksum = 0;
  for (let i = 0; i < 2_000_000; i += 1) checksum = (checksum + Math.imul(i, 2654435761)) | 0;
  return { elapsed: performance.now() - started, checksum };
}
