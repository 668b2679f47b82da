import { useUserPreference } from '@openshift-console/dynamic-plugin-sdk';
import { defaultMustGatherImage } from '../tempostack/must-gather/in-cluster-run';

/** The user-preference key of the must-gather image. */
export const MUST_GATHER_IMAGE_PREFERENCE = 'tempo-console-plugin.mustGatherImage';

/**
 * The must-gather image: the user's saved choice (a console user preference), else
 * `ghcr.io/grafana/tempo-operator/must-gather:v<operator version>`.
 */
export const useMustGatherImage = (
  operatorVersion: string | undefined,
): {
  image: string;
  defaultImage: string;
  saved: boolean;
  save: (image: string) => void;
  loaded: boolean;
} => {
  const defaultImage = defaultMustGatherImage(operatorVersion);
  const [saved, setSaved, loaded] = useUserPreference<string>(MUST_GATHER_IMAGE_PREFERENCE, '');
  return {
    image: saved || defaultImage,
    defaultImage,
    saved: !!saved,
    save: (image: string) => setSaved(image === defaultImage ? '' : image),
    loaded,
  };
};
