import { useTranslation } from 'react-i18next';

/** The plugin's i18n namespace; the console loads `locales/<lng>/<namespace>.json`. */
export const I18N_NAMESPACE = 'plugin__tempo-console-plugin';

/** `t()` bound to the plugin's namespace. Keys are the English strings. */
export const useTempoTranslation = () => useTranslation(I18N_NAMESPACE);
