import { DocumentTitle } from '@openshift-console/dynamic-plugin-sdk';
import { Content, PageSection, Title } from '@patternfly/react-core';
import { useTempoTranslation } from '../../hooks/useTempoTranslation';
import { CreateWizard } from './CreateWizard';

/** The console's key for "all namespaces". */
const ALL_NAMESPACES_KEY = '#ALL_NS#';

export interface TempoStackCreatePageProps {
  /** The namespace of the create page (passed by the console); may be absent. */
  namespace?: string;
}

/**
 * Create TempoStack: the wizard. Exposed as the `console.resource/create` component of
 * TempoStack, so both the generic `~new` page and the Installed Operators page render it.
 */
const TempoStackCreatePage = ({ namespace }: TempoStackCreatePageProps) => {
  const { t } = useTempoTranslation();
  const ns = namespace && namespace !== ALL_NAMESPACES_KEY ? namespace : undefined;
  return (
    <>
      <DocumentTitle>{t('Create TempoStack')}</DocumentTitle>
      <PageSection>
        <Title headingLevel="h1">{t('Create TempoStack')}</Title>
        <Content component="p">
          {t(
            'A Tempo distributed tracing stack: choose where traces are stored, how big it is, how the Jaeger UI is reached and who may use it. Every step is checked as the operator will check it.',
          )}
        </Content>
      </PageSection>
      <PageSection isFilled aria-label={t('Create TempoStack wizard')}>
        <CreateWizard namespace={ns} />
      </PageSection>
    </>
  );
};

export default TempoStackCreatePage;
