import { Form, FormSection } from '@patternfly/react-core';
import { BasicsSection } from '../../form/sections/BasicsSection';
import { LimitsSection } from '../../form/sections/LimitsSection';
import { QuerySection } from '../../form/sections/QuerySection';
import { SizingSection } from '../../form/sections/SizingSection';
import { StorageSection } from '../../form/sections/StorageSection';
import { TenancySection } from '../../form/sections/TenancySection';
import { useStepNames } from '../../form/useStepNames';

/** The wizard's sections on one page, in the same order. */
export const EditSections = () => {
  const names = useStepNames();
  const section = (id: string, title: string, children: React.ReactNode) => (
    <FormSection title={title} titleElement="h2" id={`edit-${id}`} data-test={`section-${id}`}>
      {children}
    </FormSection>
  );
  return (
    <Form onSubmit={(event) => event.preventDefault()} isWidthLimited={false}>
      {section('basics', names.basics, <BasicsSection />)}
      {section('storage', names.storage, <StorageSection />)}
      {section('sizing', names.sizing, <SizingSection />)}
      {section('query', names.query, <QuerySection />)}
      {section('tenancy', names.tenancy, <TenancySection />)}
      {section('limits', names.limits, <LimitsSection />)}
    </Form>
  );
};
