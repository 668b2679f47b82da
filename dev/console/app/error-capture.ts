/**
 * As the console: remember the last uncaught error (or unhandled rejection) on
 * `window.windowError`, which the console's integration tests assert stays unset.
 */
export const installErrorCapture = (target: Window = window) => {
  target.addEventListener('error', (event: ErrorEvent) => {
    target.windowError =
      event.error instanceof Error ? `${event.error.name}: ${event.error.message}` : event.message;
  });
  target.addEventListener('unhandledrejection', (event: PromiseRejectionEvent) => {
    const reason: unknown = event.reason;
    target.windowError =
      reason instanceof Error ? `${reason.name}: ${reason.message}` : String(reason);
  });
};
