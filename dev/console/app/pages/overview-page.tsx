import {
  Card,
  CardBody,
  CardTitle,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Gallery,
  Label,
  PageSection,
} from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import type { FC } from 'react';
import { ListPageHeader } from '../../sdk/components/list-page';
import { DocumentTitle } from '../../sdk/components/timestamp';
import { codeRefOrigin } from '../../sdk/extensions/code-ref';
import { extensionStore } from '../../sdk/extensions/extension-store';
import { flagStore, isExtensionInUse } from '../../sdk/flags/flag-store';
import { useModelState } from '../../sdk/models/model-store';
import { serverFlags } from '../../sdk/server-flags';
import { useStore } from '../../sdk/utils/simple-store';
import { pluginStatusStore } from '../plugins';

const codeRefsOf = (properties: Record<string, unknown>): string[] =>
  Object.values(properties).flatMap((v) => {
    const origin = codeRefOrigin(v);
    if (origin) return [origin.codeRef];
    return typeof v === 'object' && v !== null && !Array.isArray(v)
      ? codeRefsOf(v as Record<string, unknown>)
      : [];
  });

/** `/dev-console`: what the host loaded, for whom, and which extensions are in use. */
export const OverviewPage: FC = () => {
  const plugins = useStore(pluginStatusStore);
  const extensions = useStore(extensionStore);
  const flags = useStore(flagStore);
  const models = useModelState();
  const flagsShown = Object.entries(flags).sort(([a], [b]) => a.localeCompare(b));
  return (
    <>
      <DocumentTitle>Dev console</DocumentTitle>
      <ListPageHeader
        title="Dev console host"
        helpText="A stand-in for the OpenShift console 4.22 that loads the plugin's production build."
      />
      <PageSection hasBodyWrapper={false}>
        <Gallery hasGutter minWidths={{ default: '320px' }}>
          <Card>
            <CardTitle>Session</CardTitle>
            <CardBody>
              <DescriptionList isCompact>
                <DescriptionListGroup>
                  <DescriptionListTerm>User</DescriptionListTerm>
                  <DescriptionListDescription data-test="current-user">
                    {serverFlags().devConsole?.user}
                  </DescriptionListDescription>
                </DescriptionListGroup>
                <DescriptionListGroup>
                  <DescriptionListTerm>API kinds discovered</DescriptionListTerm>
                  <DescriptionListDescription>
                    {models.loaded ? Object.keys(models.byReference).length : 'discovering…'}
                    {models.error
                      ? ` (discovery failed: ${models.error instanceof Error ? models.error.message : JSON.stringify(models.error)})`
                      : ''}
                  </DescriptionListDescription>
                </DescriptionListGroup>
                <DescriptionListGroup>
                  <DescriptionListTerm>Flags</DescriptionListTerm>
                  <DescriptionListDescription>
                    {flagsShown.length
                      ? flagsShown.map(([k, v]) => (
                          <Label
                            key={k}
                            isCompact
                            color={v ? 'green' : v === false ? 'red' : 'grey'}
                          >{`${k}=${String(v)}`}</Label>
                        ))
                      : 'none'}
                  </DescriptionListDescription>
                </DescriptionListGroup>
              </DescriptionList>
            </CardBody>
          </Card>
          {plugins.map((p) => (
            <Card key={p.name} data-test={`plugin-${p.name}`}>
              <CardTitle>
                {p.name}{' '}
                <Label
                  isCompact
                  color={p.status === 'loaded' ? 'green' : p.status === 'failed' ? 'red' : 'grey'}
                  data-test="plugin-status"
                >
                  {p.status}
                </Label>
              </CardTitle>
              <CardBody>
                {p.status === 'loaded'
                  ? `Version ${p.plugin.manifest.version}, ${p.plugin.extensions.length} extensions.`
                  : null}
                {p.status === 'failed' ? p.error : null}
              </CardBody>
            </Card>
          ))}
        </Gallery>
      </PageSection>
      <PageSection hasBodyWrapper={false}>
        <Table aria-label="Extensions" variant="compact" data-test="extension-table">
          <Thead>
            <Tr>
              <Th>Plugin</Th>
              <Th>Type</Th>
              <Th>Code references</Th>
              <Th>In use</Th>
            </Tr>
          </Thead>
          <Tbody>
            {extensions.map((e) => (
              <Tr key={e.uid}>
                <Td>{e.pluginName}</Td>
                <Td>{e.type}</Td>
                <Td>{codeRefsOf(e.properties).join(', ') || '-'}</Td>
                <Td>
                  {isExtensionInUse(e.flags, flags)
                    ? 'yes'
                    : `no (flags ${JSON.stringify(e.flags)})`}
                </Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      </PageSection>
    </>
  );
};
