/**
 * Test-only: shared set-up of component specs. i18next as the console initialises it for the
 * plugin, and `data-test` as the test id attribute (as in the Playwright tests).
 */
import { configure } from '@testing-library/react';
import './i18n';

configure({ testIdAttribute: 'data-test' });
