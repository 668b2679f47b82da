import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import { Tooltip } from '@patternfly/react-core';
import { GlobeAmericasIcon } from '@patternfly/react-icons';
import { type FC, useEffect, useSyncExternalStore } from 'react';

/** One shared clock for every `Timestamp`, ticking every 10 s (the console synchronises them too). */
let now = Date.now();
const clockListeners = new Set<() => void>();
let clock: ReturnType<typeof setInterval> | undefined;
const subscribeClock = (listener: () => void) => {
  clockListeners.add(listener);
  if (!clock) now = Date.now();
  clock ??= setInterval(() => {
    now = Date.now();
    clockListeners.forEach((l) => l());
  }, 10_000);
  return () => {
    clockListeners.delete(listener);
    if (clockListeners.size === 0 && clock) {
      clearInterval(clock);
      clock = undefined;
    }
  };
};

/** "just now", "5 minutes ago", "3 hours ago", else a short date, as the console formats it. */
export const fromNow = (date: Date, reference: number, omitSuffix = false): string => {
  const seconds = Math.round((reference - date.getTime()) / 1000);
  const suffix = omitSuffix ? '' : seconds >= 0 ? ' ago' : ' from now';
  const s = Math.abs(seconds);
  if (s < 60) return omitSuffix ? 'a few seconds' : 'just now';
  const units: [number, string][] = [
    [86400, 'day'],
    [3600, 'hour'],
    [60, 'minute'],
  ];
  for (const [size, unit] of units) {
    if (s >= size && (unit !== 'day' || s < 30 * 86400)) {
      const n = Math.floor(s / size);
      return `${n} ${unit}${n === 1 ? '' : 's'}${suffix}`;
    }
  }
  return date.toLocaleDateString(undefined, { month: 'short', day: 'numeric', year: 'numeric' });
};

const parse = (timestamp: SDK.TimestampProps['timestamp'] | number | Date): Date | undefined => {
  if (timestamp === undefined || timestamp === null || timestamp === '') return undefined;
  const date = timestamp instanceof Date ? timestamp : new Date(timestamp);
  return Number.isNaN(date.getTime()) ? undefined : date;
};

export const Timestamp: FC<SDK.TimestampProps> = ({ timestamp, simple, omitSuffix, className }) => {
  const reference = useSyncExternalStore(subscribeClock, () => now);
  const date = parse(timestamp);
  if (!date) return <span className={className}>-</span>;
  const text = fromNow(date, reference, omitSuffix);
  if (simple) return <span className={className}>{text}</span>;
  return (
    <span
      className={['dev-console-timestamp', className].filter(Boolean).join(' ')}
      data-test="timestamp"
    >
      <GlobeAmericasIcon className="dev-console-timestamp__icon" />
      <Tooltip content={date.toISOString()}>
        <span>{text}</span>
      </Tooltip>
    </span>
  );
};

export const DocumentTitle: FC<SDK.DocumentTitleProps> = ({ children }) => {
  useEffect(() => {
    document.title = `${children} · Red Hat OpenShift`;
  }, [children]);
  return null;
};
