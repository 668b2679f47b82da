import { Button, TextInput } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { Fragment } from 'react';
import { useTempoTranslation } from '../../hooks/useTempoTranslation';
import {
  REPLICATED_COMPONENTS,
  RESOURCE_COMPONENTS,
  type ComponentFields,
  type ResourceComponent,
  type ResourceFields,
} from '../../tempostack/form/form-types';
import { FieldMessages, validatedOf } from '../fields/FieldMessages';
import { fieldDomId } from '../fields/fieldId';
import { useFormContext } from '../state/TempoStackFormContext';
import { useFormComponentNames } from './useFormComponentNames';

const RESOURCE_COLUMNS: readonly (keyof ResourceFields)[] = [
  'cpuRequest',
  'cpuLimit',
  'memoryRequest',
  'memoryLimit',
];

/**
 * Replicas and per-container requests and limits. An entry overrides what the size or the total
 * would give that container, and only that container.
 */
export const ComponentResourcesTable = () => {
  const { t } = useTempoTranslation();
  const { state, dispatch, messagesFor } = useFormContext();
  const names = useFormComponentNames();
  const { components } = state.values.sizing;
  const columnLabels: Record<keyof ResourceFields, string> = {
    cpuRequest: t('CPU request'),
    cpuLimit: t('CPU limit'),
    memoryRequest: t('Memory request'),
    memoryLimit: t('Memory limit'),
  };
  const notes: Partial<Record<ResourceComponent, string>> = {
    tempoQuery: t(
      'The operator only checks that these are set, then applies the Jaeger Query values to tempo-query too; set Jaeger Query with them.',
    ),
    oauthProxy: t('Used when the Jaeger UI is exposed through a Route with authentication on.'),
    gateway: t('Used when the gateway is enabled (multi-tenancy).'),
  };
  const set = (component: ResourceComponent, patch: Partial<ComponentFields>) =>
    dispatch({ type: 'component', component, patch });
  const input = (component: ResourceComponent, key: keyof ComponentFields, label: string) => {
    const field = `sizing.components.${component}.${key}`;
    const value = components[component][key];
    return (
      <TextInput
        id={fieldDomId(field)}
        data-test={field}
        aria-label={t('{{component}} {{what}}', { component: names[component], what: label })}
        value={value}
        validated={validatedOf(messagesFor(field))}
        onChange={(_event, next) => set(component, { [key]: next })}
        onBlur={() => dispatch({ type: 'touch', field })}
      />
    );
  };
  return (
    <Table
      aria-label={t('Per-component replicas and resources')}
      variant="compact"
      data-test="component-resources"
    >
      <Thead>
        <Tr>
          <Th modifier="wrap">{t('Component')}</Th>
          <Th modifier="wrap">{t('Replicas')}</Th>
          {RESOURCE_COLUMNS.map((column) => (
            <Th modifier="wrap" key={column}>
              {columnLabels[column]}
            </Th>
          ))}
        </Tr>
      </Thead>
      <Tbody>
        {RESOURCE_COMPONENTS.map((component) => {
          const messages = messagesFor(`sizing.components.${component}`);
          const replicated = (REPLICATED_COMPONENTS as readonly string[]).includes(component);
          return (
            <Fragment key={component}>
              <Tr>
                <Td dataLabel={t('Component')}>
                  {names[component]}
                  {component === 'tempoQuery' ? (
                    <Button
                      variant="link"
                      isInline
                      onClick={() => set('tempoQuery', { ...components.jaegerQuery, replicas: '' })}
                    >
                      {t('Copy from Jaeger Query')}
                    </Button>
                  ) : null}
                </Td>
                <Td dataLabel={t('Replicas')}>
                  {replicated
                    ? input(component, 'replicas', t('Replicas'))
                    : t('per query-frontend pod')}
                </Td>
                {RESOURCE_COLUMNS.map((column) => (
                  <Td key={column} dataLabel={columnLabels[column]}>
                    {input(component, column, columnLabels[column])}
                  </Td>
                ))}
              </Tr>
              {messages.length > 0 || notes[component] ? (
                <Tr>
                  <Td colSpan={6}>
                    <FieldMessages
                      field={`sizing.components.${component}`}
                      messages={messages}
                      helperText={notes[component]}
                    />
                  </Td>
                </Tr>
              ) : null}
            </Fragment>
          );
        })}
      </Tbody>
    </Table>
  );
};
