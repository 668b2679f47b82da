import { Content, Grid, GridItem } from '@patternfly/react-core';
import { SubSection } from '../fields/SubSection';
import { useMemo } from 'react';
import { useTempoTranslation } from '../../hooks/useTempoTranslation';
import { tryParseQuantity, type Quantity } from '../../tempostack/quantity';
import type { SplitResource } from '../../tempostack/allocation';
import { SIZE_DEFAULTS } from '../../tempostack/size-profiles';
import { TSHIRT_SIZES } from '../../tempostack/types';
import { SelectField } from '../fields/SelectField';
import { StepMessages } from '../fields/StepMessages';
import { TextField } from '../fields/TextField';
import { useFormContext } from '../state/TempoStackFormContext';
import { AllocationPreview } from './AllocationPreview';
import { ComponentResourcesTable } from './ComponentResourcesTable';

/**
 * Sizing: a t-shirt size, or a total CPU/memory budget the operator splits, and per-component
 * replicas, requests and limits on top; a live preview of every container's allocation.
 */
export const SizingSection = () => {
  const { t } = useTempoTranslation();
  const { state, dispatch, evaluation } = useFormContext();
  const { sizing } = state.values;
  const total = useMemo((): Partial<Record<SplitResource, Quantity>> => {
    const limits = evaluation.effective.spec.resources?.total?.limits;
    if (evaluation.allocation.summary.table === null) return {};
    return { cpu: tryParseQuantity(limits?.cpu), memory: tryParseQuantity(limits?.memory) };
  }, [evaluation]);
  return (
    <>
      <Content component="p">
        {t(
          'Give the stack a t-shirt size, or a total CPU and memory budget that the operator splits across the containers, or neither. Per-component values below replace what the size or the total gives that one container.',
        )}
      </Content>
      <StepMessages step="sizing" />
      <Grid hasGutter md={6}>
        <GridItem>
          <SelectField
            field="sizing.size"
            label={t('Size')}
            value={sizing.size}
            options={[
              { value: '', label: t('No size') },
              ...TSHIRT_SIZES.map((size) => ({
                value: size,
                label: t('{{size}} (replication factor {{factor}})', {
                  size,
                  factor: SIZE_DEFAULTS[size].replicationFactor,
                }),
              })),
            ]}
            onChange={(size) => dispatch({ type: 'sizing', patch: { size } })}
            helperText={t(
              'A size sets requests and default replicas; it takes precedence over a total.',
            )}
          />
        </GridItem>
        <GridItem>
          <TextField
            field="sizing.replicationFactor"
            label={t('Replication factor')}
            value={sizing.replicationFactor}
            placeholder={t('Default: 1, or 2 with a size other than 1x.demo')}
            onChange={(replicationFactor) =>
              dispatch({ type: 'sizing', patch: { replicationFactor } })
            }
            helperText={t(
              'Ingesters writing each trace. Needs at least floor(factor / 2) + 1 ingester replicas.',
            )}
          />
        </GridItem>
        <GridItem>
          <TextField
            field="sizing.totalCpu"
            label={t('Total CPU limit')}
            value={sizing.totalCpu}
            placeholder="2000m"
            onChange={(totalCpu) => dispatch({ type: 'sizing', patch: { totalCpu } })}
          />
        </GridItem>
        <GridItem>
          <TextField
            field="sizing.totalMemory"
            label={t('Total memory limit')}
            value={sizing.totalMemory}
            placeholder="2Gi"
            onChange={(totalMemory) => dispatch({ type: 'sizing', patch: { totalMemory } })}
          />
        </GridItem>
      </Grid>
      <SubSection
        title={t('Per-component replicas and resources')}
        description={t('Leave a cell empty to keep what the size, the total or the defaults give.')}
      >
        <ComponentResourcesTable />
      </SubSection>
      <SubSection
        title={t('What each container gets')}
        description={t('Computed as the operator computes it, for the stack as it will be stored.')}
      >
        <AllocationPreview allocation={evaluation.allocation} total={total} />
      </SubSection>
    </>
  );
};
