/** The cookie the host server reads to pick whose bearer token it forwards to the API server. */
export const USER_COOKIE = 'dev-console-user';

export const switchUser = (user: string) => {
  document.cookie = `${USER_COOKIE}=${encodeURIComponent(user)}; path=/; SameSite=Strict`;
  // As logging in again in the console: a fresh page, caches and watches for the new user.
  window.location.reload();
};
