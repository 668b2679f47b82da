import {
  Alert,
  Button,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  ExpandableSection,
  Flex,
  List,
  ListItem,
  Stack,
} from '@patternfly/react-core';
import DownloadIcon from '@patternfly/react-icons/dist/esm/icons/download-icon';
import { saveArchive } from '../../../diagnostics/save-archive';
import { useTempoTranslation } from '../../../hooks/useTempoTranslation';
import type { BundleArchive } from '../../../tempostack/must-gather/archive';
import type { Bundle, CollectedData } from '../../../tempostack/must-gather/bundle';
import { formatBytes, formatSeconds } from '../format';
import { CollectionFailures } from './CollectionFailures';
import { useCollectionText } from './useCollectionText';

export interface BundleSummaryProps {
  bundle: Bundle;
  archive: BundleArchive;
  data: CollectedData;
  onReset: () => void;
}

/** What the finished bundle holds, what is missing and why, and the download. */
export const BundleSummary = ({ bundle, archive, data, onReset }: BundleSummaryProps) => {
  const { t } = useTempoTranslation();
  const { summary } = bundle;
  const text = useCollectionText();
  const redacted = Object.values(summary.redactions).reduce((n, c) => n + (c ?? 0), 0);
  const item = (term: string, value: string, test: string) => (
    <DescriptionListGroup>
      <DescriptionListTerm>{term}</DescriptionListTerm>
      <DescriptionListDescription data-test={test}>{value}</DescriptionListDescription>
    </DescriptionListGroup>
  );
  return (
    <Stack hasGutter data-test="bundle-summary">
      {data.failures.length === 0 ? (
        <Alert variant="success" isInline title={t('The bundle is ready')} />
      ) : (
        <Alert
          variant="warning"
          isInline
          title={t('The bundle is ready, but some parts could not be collected ({{failed}})', {
            failed: data.failures.length,
          })}
          data-test="bundle-partial"
        >
          {t(
            'The bundle contains everything else. The parts below are missing; the file collection-report.yaml in the bundle lists them too.',
          )}
        </Alert>
      )}
      {data.failures.length > 0 ? <CollectionFailures failures={data.failures} /> : null}
      <DescriptionList isHorizontal isCompact columnModifier={{ lg: '2Col' }}>
        {item(t('File'), archive.fileName, 'bundle-file-name')}
        {item(
          t('Size'),
          t('{{compressed}} compressed, {{files}} files, {{uncompressed}} uncompressed', {
            compressed: formatBytes(archive.bytes.length),
            files: summary.files,
            uncompressed: formatBytes(summary.bytes),
          }),
          'bundle-size',
        )}
        {item(t('Objects of the TempoStack'), String(summary.ownedObjects + 1), 'bundle-objects')}
        {item(t('Pods'), String(summary.pods), 'bundle-pods')}
        {item(t('Container logs'), String(summary.logs), 'bundle-logs')}
        {item(t('Events'), String(summary.events), 'bundle-events')}
        {item(
          t('Operator and OLM objects'),
          summary.operatorIncluded ? t('Included') : t('Not included'),
          'bundle-operator',
        )}
        {item(t('Redacted values'), String(redacted), 'bundle-redacted')}
        {item(
          t('Requests'),
          t('{{requests}} requests, at most {{peak}} at a time, {{bytes}} received in {{time}}', {
            requests: data.stats.requests,
            peak: data.stats.peakInFlight,
            bytes: formatBytes(data.stats.bytes),
            time: formatSeconds(data.stats.wallTimeMs),
          }),
          'bundle-requests',
        )}
      </DescriptionList>
      <span
        hidden
        data-test="bundle-stats"
        data-requests={data.stats.requests}
        data-peak-in-flight={data.stats.peakInFlight}
        data-bytes={data.stats.bytes}
        data-wall-time-ms={data.stats.wallTimeMs}
      />
      {data.notes.length > 0 ? (
        <ExpandableSection
          toggleText={t('Not collected, and why ({{notes}})', { notes: data.notes.length })}
          data-test="bundle-notes"
        >
          <List>
            {data.notes.map((note) => (
              <ListItem key={JSON.stringify(note)}>{text.note(note)}</ListItem>
            ))}
          </List>
        </ExpandableSection>
      ) : null}
      <Flex>
        <Button
          variant="primary"
          icon={<DownloadIcon />}
          onClick={() => saveArchive(archive)}
          data-test="download-bundle"
        >
          {t('Download')}
        </Button>
        <Button variant="link" onClick={onReset} data-test="collect-again">
          {t('Collect again')}
        </Button>
      </Flex>
    </Stack>
  );
};
