export type Theme = 'light' | 'dark';

export const THEME_STORAGE_KEY = 'dev-console/theme';
export const DARK_CLASS = 'pf-v6-theme-dark';

/** `?theme=dark` wins (handy for screenshots and tests), then the stored choice, then light. */
export const initialTheme = (search: string, stored: string | null): Theme => {
  const fromQuery = new URLSearchParams(search).get('theme');
  if (fromQuery === 'dark' || fromQuery === 'light') return fromQuery;
  return stored === 'dark' ? 'dark' : 'light';
};

/** PatternFly 6's dark theme is a class on `<html>`. */
export const applyTheme = (
  theme: Theme,
  root: { classList: DOMTokenList } = document.documentElement,
) => {
  root.classList.toggle(DARK_CLASS, theme === 'dark');
};

export const storeTheme = (theme: Theme) => {
  try {
    localStorage.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    // Not persisted; still applied.
  }
};

export const storedTheme = (): string | null => {
  try {
    return localStorage.getItem(THEME_STORAGE_KEY);
  } catch {
    return null;
  }
};
