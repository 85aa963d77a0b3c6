/**
 * Runs `fn` once the frame now being prepared is on screen: a task queued from an animation
 * frame callback runs after that frame is painted. For downloads the screen shown does not need
 * (the shell while the sign-in form waits for a password), so they never delay its first paint.
 */
export function afterPaint(fn: () => void): () => void {
  let timer: number | undefined;
  const frame = window.requestAnimationFrame(() => {
    timer = window.setTimeout(fn, 0);
  });
  return () => {
    window.cancelAnimationFrame(frame);
    if (timer !== undefined) window.clearTimeout(timer);
  };
}
