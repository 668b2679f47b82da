/**
 * Test-only: initialises i18next for component tests the way the console does for the plugin
 * (English keys, `~` namespace separator, no key separator), so `t()` interpolates values.
 * Import it first in a component spec.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { I18N_NAMESPACE } from '../useTempoTranslation';

if (!i18next.isInitialized) {
  void i18next.use(initReactI18next).init({
    lng: 'en',
    fallbackLng: 'en',
    ns: [I18N_NAMESPACE],
    defaultNS: I18N_NAMESPACE,
    nsSeparator: '~',
    keySeparator: false,
    interpolation: { escapeValue: false },
    resources: { en: { [I18N_NAMESPACE]: {} } },
    initImmediate: false,
    showSupportNotice: false,
  });
}
