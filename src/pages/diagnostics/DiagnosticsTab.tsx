// Placeholder: replaced by the diagnostics tab's implementation.
import type { TempoStack } from '../../tempostack/types';

export interface DiagnosticsTabProps {
  obj: TempoStack;
}

const DiagnosticsTab = (_props: DiagnosticsTabProps) => null;
export default DiagnosticsTab;
