import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import {
  Alert,
  Button,
  Modal,
  ModalBody,
  ModalFooter,
  ModalHeader,
  TextArea,
} from '@patternfly/react-core';
import { type FC, type ReactNode, useCallback, useState } from 'react';
import { type To, useNavigate } from 'react-router';
import { k8sDeleteResource, k8sPatchResource } from '../k8s/k8s-resource';
import { getGroupVersionKindForResource, getReference } from '../k8s/model-ref';
import { findModel, modelStore } from '../models/model-store';
import { launchOverlay } from './overlay';

const modelOf = (resource: SDK.K8sResourceCommon) => {
  const gvk = getGroupVersionKindForResource(resource);
  return gvk ? findModel(modelStore.getState(), getReference(gvk)) : undefined;
};

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

interface DeleteModalProps {
  resource: SDK.K8sResourceCommon;
  redirectTo?: To;
  message?: JSX.Element;
  btnText?: ReactNode;
  deleteAllResources?: () => Promise<SDK.K8sResourceKind[]>;
  closeOverlay: () => void;
}

const DeleteModal: FC<DeleteModalProps> = ({
  resource,
  redirectTo,
  message: extra,
  btnText,
  deleteAllResources,
  closeOverlay,
}) => {
  const navigate = useNavigate();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const kind = resource.kind ?? 'resource';
  const { name, namespace } = resource.metadata ?? {};
  const submit = async () => {
    const model = modelOf(resource);
    if (!model) {
      setError(`Unknown kind ${kind}.`);
      return;
    }
    setBusy(true);
    try {
      await (deleteAllResources ? deleteAllResources() : k8sDeleteResource({ model, resource }));
      closeOverlay();
      if (redirectTo !== undefined) void navigate(redirectTo);
    } catch (e) {
      setError(message(e));
      setBusy(false);
    }
  };
  return (
    <Modal
      variant="small"
      isOpen
      onClose={closeOverlay}
      aria-labelledby="delete-modal-title"
      data-test="delete-modal"
    >
      <ModalHeader
        title={`Delete ${kind}?`}
        titleIconVariant="warning"
        labelId="delete-modal-title"
      />
      <ModalBody>
        {extra}
        <p>
          Are you sure you want to delete <strong>{name}</strong>
          {namespace ? (
            <>
              {' '}
              in namespace <strong>{namespace}</strong>
            </>
          ) : null}
          ?
        </p>
        {error ? (
          <Alert isInline variant="danger" title="An error occurred">
            {error}
          </Alert>
        ) : null}
      </ModalBody>
      <ModalFooter>
        <Button
          variant="danger"
          onClick={() => void submit()}
          isLoading={busy}
          data-test="confirm-action"
        >
          {btnText ?? 'Delete'}
        </Button>
        <Button variant="link" onClick={closeOverlay}>
          Cancel
        </Button>
      </ModalFooter>
    </Modal>
  );
};

export const useDeleteModal: typeof SDK.useDeleteModal = (
  resource,
  redirectTo,
  extra,
  btnText,
  deleteAllResources,
) =>
  useCallback(
    () =>
      launchOverlay(DeleteModal, {
        resource,
        redirectTo,
        message: extra,
        btnText,
        deleteAllResources,
      }),
    [resource, redirectTo, extra, btnText, deleteAllResources],
  );

const toLines = (map: Record<string, string> | undefined) =>
  Object.entries(map ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .join('\n');

const fromLines = (text: string): Record<string, string> =>
  Object.fromEntries(
    text
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .map((l) => {
        const i = l.indexOf('=');
        return i < 0 ? [l, ''] : [l.slice(0, i).trim(), l.slice(i + 1).trim()];
      }),
  );

interface MapModalProps {
  resource: SDK.K8sResourceCommon;
  field: 'labels' | 'annotations';
  closeOverlay: () => void;
}

const MetadataMapModal: FC<MapModalProps> = ({ resource, field, closeOverlay }) => {
  const [text, setText] = useState(toLines(resource.metadata?.[field]));
  const [error, setError] = useState<string>();
  const save = async () => {
    const model = modelOf(resource);
    if (!model) return setError(`Unknown kind ${resource.kind ?? ''}.`);
    try {
      await k8sPatchResource({
        model,
        resource,
        data: [
          {
            op: resource.metadata?.[field] ? 'replace' : 'add',
            path: `/metadata/${field}`,
            value: fromLines(text),
          },
        ],
      });
      closeOverlay();
    } catch (e) {
      setError(message(e));
    }
  };
  const title = field === 'labels' ? 'Edit labels' : 'Edit annotations';
  return (
    <Modal variant="small" isOpen onClose={closeOverlay} aria-labelledby="map-modal-title">
      <ModalHeader title={title} labelId="map-modal-title" description="One key=value per line." />
      <ModalBody>
        <TextArea aria-label={title} value={text} onChange={(_e, v) => setText(v)} rows={8} />
        {error ? (
          <Alert isInline variant="danger" title="An error occurred">
            {error}
          </Alert>
        ) : null}
      </ModalBody>
      <ModalFooter>
        <Button variant="primary" onClick={() => void save()}>
          Save
        </Button>
        <Button variant="link" onClick={closeOverlay}>
          Cancel
        </Button>
      </ModalFooter>
    </Modal>
  );
};

export const useLabelsModal: typeof SDK.useLabelsModal = (resource) =>
  useCallback(
    () =>
      launchOverlay<Omit<MapModalProps, 'closeOverlay'>>(MetadataMapModal, {
        resource,
        field: 'labels',
      }),
    [resource],
  );

export const useAnnotationsModal: typeof SDK.useAnnotationsModal = (resource) =>
  useCallback(
    () =>
      launchOverlay<Omit<MapModalProps, 'closeOverlay'>>(MetadataMapModal, {
        resource,
        field: 'annotations',
      }),
    [resource],
  );
