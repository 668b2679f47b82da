import {
  DocumentTitle,
  ListPageBody,
  ListPageHeader,
  StatusComponent,
  Timestamp,
  consoleFetchJSON,
  useAccessReview,
  useActiveNamespace,
  useActivePerspective,
  useFlag,
  useK8sWatchResources,
  useOverlay,
  useUserPreference,
  type K8sResourceCommon,
} from '@openshift-console/dynamic-plugin-sdk';
import {
  Button,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Modal,
  ModalBody,
  ModalHeader,
} from '@patternfly/react-core';
import { type FC, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

const Row: FC<{ term: string; test: string; children: React.ReactNode }> = ({
  term,
  test,
  children,
}) => (
  <DescriptionListGroup>
    <DescriptionListTerm>{term}</DescriptionListTerm>
    <DescriptionListDescription data-test={test}>{children}</DescriptionListDescription>
  </DescriptionListGroup>
);

const HelloOverlay: FC<{ closeOverlay: () => void; greeting: string }> = ({
  closeOverlay,
  greeting,
}) => (
  <Modal isOpen variant="small" onClose={closeOverlay} aria-labelledby="fixture-overlay-title">
    <ModalHeader title="Fixture overlay" labelId="fixture-overlay-title" />
    <ModalBody data-test="fixture-overlay-body">{greeting}</ModalBody>
  </Modal>
);

/** `/dev-fixture`: one line per SDK hook, with data-test attributes for the tests. */
const FixturePage: FC = () => {
  const { t } = useTranslation('plugin__dev-console-fixture');
  const [namespace] = useActiveNamespace();
  const [perspective] = useActivePerspective();
  const flag = useFlag('FIXTURE_CONFIGMAPS');
  const [canCreate, reviewLoading] = useAccessReview({
    group: '',
    resource: 'configmaps',
    verb: 'create',
    namespace: 'default',
  });
  const [clicks, setClicks] = useUserPreference<number>('fixture.clicks', 0);
  const launch = useOverlay();
  const { namespaces, configmaps } = useK8sWatchResources<{
    namespaces: K8sResourceCommon[];
    configmaps: K8sResourceCommon[];
  }>({
    namespaces: { groupVersionKind: { version: 'v1', kind: 'Namespace' }, isList: true },
    configmaps: {
      groupVersionKind: { version: 'v1', kind: 'ConfigMap' },
      isList: true,
      namespace: 'default',
    },
  });
  const [fetched, setFetched] = useState<string>('…');
  useEffect(() => {
    consoleFetchJSON('/api/kubernetes/api/v1/namespaces')
      .then((list: { items: unknown[] }) => setFetched(String(list.items.length)))
      .catch((e: Error) => setFetched(`error: ${e.message}`));
  }, []);
  return (
    <>
      <DocumentTitle>{t('Fixture page heading')}</DocumentTitle>
      <ListPageHeader title={t('Fixture page heading')} />
      <ListPageBody>
        <DescriptionList isHorizontal>
          <Row term="Active namespace" test="active-namespace">
            {namespace}
          </Row>
          <Row term="Perspective" test="perspective">
            {perspective}
          </Row>
          <Row term="Flag" test="flag">
            {String(flag)}
          </Row>
          <Row term="May create ConfigMaps in default" test="can-create">
            {reviewLoading ? 'checking' : String(canCreate)}
          </Row>
          <Row term="Namespaces (watch)" test="namespace-count">
            {namespaces.loaded ? namespaces.data.length : 'loading'}
          </Row>
          <Row term="ConfigMaps in default (watch)" test="configmap-count">
            {configmaps.loadError
              ? `error: ${(configmaps.loadError as Error).message}`
              : configmaps.loaded
                ? configmaps.data.length
                : 'loading'}
          </Row>
          <Row term="Namespaces (consoleFetchJSON)" test="fetched-count">
            {fetched}
          </Row>
          <Row term="Status" test="status">
            <StatusComponent status="Succeeded" />
          </Row>
          <Row term="Now" test="now">
            <Timestamp timestamp={new Date(Date.now() - 5 * 60_000).toISOString()} />
          </Row>
          <Row term="Clicks (user preference)" test="clicks">
            <Button
              variant="secondary"
              onClick={() => setClicks((c) => c + 1)}
            >{`Clicked ${clicks} times`}</Button>
          </Row>
          <Row term="Overlay" test="overlay">
            <Button
              variant="secondary"
              onClick={() => launch(HelloOverlay, { greeting: 'Hello from useOverlay' })}
            >
              Open overlay
            </Button>
          </Row>
        </DescriptionList>
      </ListPageBody>
    </>
  );
};

export default FixturePage;
