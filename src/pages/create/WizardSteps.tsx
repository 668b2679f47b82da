import { Form, WizardStep } from '@patternfly/react-core';
import { BasicsSection } from '../../form/sections/BasicsSection';
import { LimitsSection } from '../../form/sections/LimitsSection';
import { QuerySection } from '../../form/sections/QuerySection';
import { SizingSection } from '../../form/sections/SizingSection';
import { StorageSection } from '../../form/sections/StorageSection';
import { TenancySection } from '../../form/sections/TenancySection';
import type { FormStep } from '../../tempostack/form/form-messages';

export interface WizardStepsOptions {
  stepNames: Record<FormStep, string>;
  status: (step: FormStep) => 'error' | 'default';
  secretKeysToReenter: readonly string[];
}

const preventSubmit = (event: React.FormEvent) => event.preventDefault();

/**
 * The wizard's form steps, as `WizardStep` elements (PF's `Wizard` needs its steps as direct
 * children, so this is called as a function, not rendered as a component).
 */
export const WizardSteps = ({ stepNames, status, secretKeysToReenter }: WizardStepsOptions) => [
  <WizardStep key="basics" id="basics" name={stepNames.basics} status={status('basics')}>
    <Form onSubmit={preventSubmit}>
      <BasicsSection />
    </Form>
  </WizardStep>,
  <WizardStep key="storage" id="storage" name={stepNames.storage} status={status('storage')}>
    <Form onSubmit={preventSubmit}>
      <StorageSection secretKeysToReenter={secretKeysToReenter} />
    </Form>
  </WizardStep>,
  <WizardStep key="sizing" id="sizing" name={stepNames.sizing} status={status('sizing')}>
    <Form onSubmit={preventSubmit}>
      <SizingSection />
    </Form>
  </WizardStep>,
  <WizardStep key="query" id="query" name={stepNames.query} status={status('query')}>
    <Form onSubmit={preventSubmit}>
      <QuerySection />
    </Form>
  </WizardStep>,
  <WizardStep key="tenancy" id="tenancy" name={stepNames.tenancy} status={status('tenancy')}>
    <Form onSubmit={preventSubmit}>
      <TenancySection />
    </Form>
  </WizardStep>,
  <WizardStep key="limits" id="limits" name={stepNames.limits} status={status('limits')}>
    <Form onSubmit={preventSubmit}>
      <LimitsSection />
    </Form>
  </WizardStep>,
];
