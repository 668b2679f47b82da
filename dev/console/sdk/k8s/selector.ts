import type * as SDK from '@openshift-console/dynamic-plugin-sdk';

type Requirement = SDK.MatchExpression;

const toArray = (value: string[] | string | undefined): string[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/** One requirement in the Kubernetes label-selector syntax (`a=b`, `a in (x,y)`, `!a` …). */
export const requirementToString = (requirement: Requirement): string => {
  const values = toArray(requirement.values);
  switch (requirement.operator) {
    case 'Equals':
      return `${requirement.key}=${values[0] ?? ''}`;
    case 'NotEquals':
    case 'NotEqual':
      return `${requirement.key}!=${values[0] ?? ''}`;
    case 'Exists':
      return requirement.key;
    case 'DoesNotExist':
      return `!${requirement.key}`;
    case 'In':
      return `${requirement.key} in (${values.join(',')})`;
    case 'NotIn':
      return `${requirement.key} notin (${values.join(',')})`;
    case 'GreaterThan':
      return `${requirement.key} > ${values[0] ?? ''}`;
    case 'LessThan':
      return `${requirement.key} < ${values[0] ?? ''}`;
    default:
      return '';
  }
};

/**
 * A `Selector` (`{matchLabels, matchExpressions}`) or, as the console also accepts, a bare label
 * map, as requirements: labels sorted by key first, then the expressions in their order.
 */
export const toRequirements = (
  selector: SDK.Selector | SDK.MatchLabels | undefined = {},
): Requirement[] => {
  const isBareMap = !('matchLabels' in selector) && !('matchExpressions' in selector);
  const labels = (isBareMap ? selector : (selector as SDK.Selector).matchLabels) as
    SDK.MatchLabels | undefined;
  const expressions = isBareMap ? [] : ((selector as SDK.Selector).matchExpressions ?? []);
  return [
    ...Object.keys(labels ?? {})
      .sort()
      .map((key) => ({ key, operator: 'Equals', values: [labels?.[key] ?? ''] })),
    ...expressions,
  ];
};

export const selectorToString = (selector: SDK.Selector | SDK.MatchLabels | undefined): string =>
  toRequirements(selector)
    .map(requirementToString)
    .filter((s) => s !== '')
    .join(',');

/** Whether an object's labels satisfy a selector (used to filter watch events client-side). */
export const labelsMatch = (
  selector: SDK.Selector | undefined,
  labels: Record<string, string> = {},
): boolean =>
  toRequirements(selector).every(({ key, operator, values = [] }) => {
    const has = Object.prototype.hasOwnProperty.call(labels, key);
    const value = labels[key];
    switch (operator) {
      case 'Equals':
        return value === values[0];
      case 'NotEquals':
      case 'NotEqual':
        return value !== values[0];
      case 'Exists':
        return has;
      case 'DoesNotExist':
        return !has;
      case 'In':
        return has && values.includes(value);
      case 'NotIn':
        return !has || !values.includes(value);
      case 'GreaterThan':
        return has && Number(value) > Number(values[0]);
      case 'LessThan':
        return has && Number(value) < Number(values[0]);
      default:
        return true;
    }
  });
