import { useTempoTranslation } from '../hooks/useTempoTranslation';
import type { StackSizing } from '../tempostack/stack-sizing';

export interface SizingTextProps {
  /** The stack's declared sizing. */
  sizing: StackSizing;
}

/** A stack's size (`1x.small`), total resources, or how else its resources are set. */
export const SizingText = ({ sizing }: SizingTextProps) => {
  const { t } = useTempoTranslation();
  switch (sizing.kind) {
    case 'size':
      return <>{t('Size {{size}}', { size: sizing.size })}</>;
    case 'total':
      if (sizing.cpu && sizing.memory) {
        return (
          <>{t('Total {{cpu}} CPU, {{memory}}', { cpu: sizing.cpu, memory: sizing.memory })}</>
        );
      }
      if (sizing.cpu) return <>{t('Total {{cpu}} CPU', { cpu: sizing.cpu })}</>;
      if (sizing.memory) return <>{t('Total {{memory}}', { memory: sizing.memory })}</>;
      return <>{t('Total (invalid quantities)')}</>;
    case 'perComponent':
      return <>{t('Per component')}</>;
    default:
      return <>{t('No requests or limits')}</>;
  }
};
