import { Content, FormSection } from '@patternfly/react-core';
import type { ReactNode } from 'react';

export interface SubSectionProps {
  title: string;
  /** One sentence under the title. */
  description?: string;
  children: ReactNode;
  'data-test'?: string;
}

/** A titled group of fields inside a step or section. */
export const SubSection = ({
  title,
  description,
  children,
  'data-test': dataTest,
}: SubSectionProps) => (
  <FormSection title={title} titleElement="h3" data-test={dataTest}>
    {description ? <Content component="p">{description}</Content> : null}
    {children}
  </FormSection>
);
