import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

/**
 * i18next as the console sets it up for plugins: English, `~` between namespace and key, no key
 * separator, and every plugin namespace preloaded (`spec.i18n.loadType: Preload`) from
 * `/api/plugins/<name>/locales/en/<namespace>.json`.
 */
export const initI18n = async (plugins: string[]): Promise<void> => {
  await i18next.use(initReactI18next).init({
    lng: 'en',
    fallbackLng: 'en',
    nsSeparator: '~',
    keySeparator: false,
    ns: ['public'],
    defaultNS: 'public',
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
    resources: { en: { public: {} } },
  });
  await Promise.all(
    plugins.map(async (name) => {
      const ns = `plugin__${name}`;
      try {
        const response = await fetch(`/api/plugins/${name}/locales/en/${ns}.json`, {
          cache: 'no-cache',
        });
        if (!response.ok) {
          console.warn(`No English catalog for plugin ${name} (${response.status})`);
          return;
        }
        i18next.addResourceBundle(
          'en',
          ns,
          (await response.json()) as Record<string, string>,
          true,
          true,
        );
      } catch (e) {
        console.warn(`Could not load the English catalog of plugin ${name}`, e);
      }
    }),
  );
};
