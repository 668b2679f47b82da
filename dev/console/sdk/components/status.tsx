import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import { Icon, Popover, Button } from '@patternfly/react-core';
import {
  BanIcon,
  CheckCircleIcon,
  ExclamationCircleIcon,
  ExclamationTriangleIcon,
  HourglassHalfIcon,
  InfoCircleIcon,
  InProgressIcon,
  NotStartedIcon,
  SyncAltIcon,
  UnknownIcon,
} from '@patternfly/react-icons';
import type { ComponentType, FC, ReactElement, ReactNode } from 'react';

type ColoredIconProps = { className?: string; title?: string; dataTest?: string };
type IconStatus = 'success' | 'danger' | 'warning' | 'info';

const coloredIcon = (
  status: IconStatus,
  PfIcon: ComponentType,
  name: string,
): FC<ColoredIconProps> => {
  const C: FC<ColoredIconProps> = ({ className, title, dataTest }) => (
    <Icon status={status} isInline className={className} title={title} data-test={dataTest}>
      <PfIcon />
    </Icon>
  );
  C.displayName = name;
  return C;
};

export const GreenCheckCircleIcon = coloredIcon('success', CheckCircleIcon, 'GreenCheckCircleIcon');
export const RedExclamationCircleIcon = coloredIcon(
  'danger',
  ExclamationCircleIcon,
  'RedExclamationCircleIcon',
);
export const YellowExclamationTriangleIcon = coloredIcon(
  'warning',
  ExclamationTriangleIcon,
  'YellowExclamationTriangleIcon',
);
export const BlueInfoCircleIcon = coloredIcon('info', InfoCircleIcon, 'BlueInfoCircleIcon');

type StatusIconAndTextProps = SDK.StatusComponentProps & { icon?: ReactElement; spin?: boolean };

export const StatusIconAndText: FC<StatusIconAndTextProps> = ({
  icon,
  title,
  iconOnly,
  className,
  spin,
}) => (
  <span
    className={['dev-console-status', className].filter(Boolean).join(' ')}
    data-test="status-text"
  >
    {icon ? (
      <span
        className={['dev-console-status__icon', spin ? 'dev-console-status__icon--spin' : ''].join(
          ' ',
        )}
      >
        {icon}
      </span>
    ) : null}
    {!iconOnly && title ? <span>{title}</span> : null}
  </span>
);

type PopoverStatusProps = {
  children?: ReactNode;
  statusBody: ReactNode;
  title?: string;
  hideHeader?: boolean;
  isVisible?: boolean;
  onHide?: () => void;
  onShow?: () => void;
};

export const PopoverStatus: FC<PopoverStatusProps> = ({
  children,
  statusBody,
  title,
  hideHeader,
  isVisible,
  onHide,
  onShow,
}) => (
  <Popover
    headerContent={hideHeader ? undefined : title}
    bodyContent={children}
    isVisible={isVisible}
    onHide={onHide}
    onShow={onShow}
    aria-label={title}
  >
    <Button variant="link" isInline>
      {statusBody}
    </Button>
  </Popover>
);

type GenericStatusProps = SDK.StatusComponentProps & {
  children?: ReactNode;
  Icon: ComponentType<{ title?: string }>;
  popoverTitle?: string;
  noTooltip?: boolean;
};

export const GenericStatus: FC<GenericStatusProps> = ({
  Icon: StatusIcon,
  children,
  popoverTitle,
  title,
  noTooltip,
  iconOnly,
  className,
}) => {
  const body = (
    <StatusIconAndText
      icon={<StatusIcon title={title} />}
      title={title}
      iconOnly={iconOnly}
      className={className}
    />
  );
  return children && !noTooltip ? (
    <PopoverStatus statusBody={body} title={popoverTitle || title}>
      {children}
    </PopoverStatus>
  ) : (
    body
  );
};

const statusFor = (
  Icon: ComponentType<{ title?: string }>,
  name: string,
): FC<SDK.StatusComponentProps> => {
  const C: FC<SDK.StatusComponentProps> = (props) => <GenericStatus {...props} Icon={Icon} />;
  C.displayName = name;
  return C;
};

export const SuccessStatus = statusFor(GreenCheckCircleIcon, 'SuccessStatus');
export const ErrorStatus = statusFor(RedExclamationCircleIcon, 'ErrorStatus');
export const WarningStatus = statusFor(YellowExclamationTriangleIcon, 'WarningStatus');
export const InfoStatus = statusFor(BlueInfoCircleIcon, 'InfoStatus');
export const ProgressStatus = statusFor(InProgressIcon, 'ProgressStatus');

const SUCCESS = [
  'Accepted',
  'Active',
  'Available',
  'Bound',
  'Complete',
  'Completed',
  'Created',
  'Enabled',
  'Ready',
  'Succeeded',
  'Up to date',
  'Loaded',
  'Healthy',
];
const ERROR = [
  'ContainerCannotRun',
  'CrashLoopBackOff',
  'Critical',
  'Degraded',
  'ErrImagePull',
  'Error',
  'Failed',
  'Failure',
  'ImagePullBackOff',
  'InstallCheckFailed',
  'Lost',
  'Rejected',
  'UpgradeFailed',
  'OOMKilled',
];
const PROGRESS = [
  'ContainerCreating',
  'Creating',
  'Installing',
  'InstallReady',
  'PendingInstall',
  'Progressing',
  'Replacing',
  'Updating',
  'Upgrading',
  'Scaling',
];
const NOT_STARTED = [
  'Cancelled',
  'Cancelling',
  'Deleting',
  'Expired',
  'Not Ready',
  'Terminating',
  'Stopped',
];

/** `StatusComponent` of the SDK: an icon and the status name, chosen as the console does. */
export const StatusComponent: FC<SDK.StatusComponentProps & { status: string }> = ({
  status,
  title,
  children,
  ...rest
}) => {
  const props = { ...rest, title: title || status, children };
  if (SUCCESS.includes(status)) return <SuccessStatus {...props} />;
  if (ERROR.includes(status)) return <ErrorStatus {...props} />;
  if (PROGRESS.includes(status)) return <ProgressStatus {...props} />;
  if (status === 'Running') return <GenericStatus {...props} Icon={SyncAltIcon} />;
  if (status === 'Pending' || status === 'New')
    return <GenericStatus {...props} Icon={HourglassHalfIcon} />;
  if (NOT_STARTED.includes(status))
    return <GenericStatus {...props} Icon={status === 'Terminating' ? BanIcon : NotStartedIcon} />;
  if (status === 'Warning') return <WarningStatus {...props} />;
  if (status === 'Info') return <InfoStatus {...props} />;
  if (status === 'Unknown') return <GenericStatus {...props} Icon={UnknownIcon} />;
  return <StatusIconAndText {...props} />;
};

export const ResourceStatus: FC<{
  additionalClassNames?: string;
  badgeAlt?: boolean;
  children: ReactNode;
}> = ({ additionalClassNames, children }) => (
  <span className={['dev-console-resource-status', additionalClassNames].filter(Boolean).join(' ')}>
    {children}
  </span>
);

/** Breaks camel-case words at capitals (the console's `CamelCaseWrap`). */
export const CamelCaseWrap: FC<{ value: string; dataTest?: string }> = ({ value, dataTest }) => (
  <span data-test={dataTest}>
    {(value.match(/[A-Z]+[^A-Z]*|[^A-Z]+/g) ?? [value]).map((word, i) => (
      <span key={i}>
        {word}
        <wbr />
      </span>
    ))}
  </span>
);
