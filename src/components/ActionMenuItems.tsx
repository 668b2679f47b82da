import type { Action } from '@openshift-console/dynamic-plugin-sdk';
import { DropdownItem, Spinner } from '@patternfly/react-core';
import type { MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import { useTempoTranslation } from '../hooks/useTempoTranslation';
import { safeHttpUrl } from '../tempostack/endpoints';

export interface ActionMenuItemsProps {
  /** The actions to offer. */
  actions: Action[];
  /** False while the actions are still being decided (access reviews pending). */
  loaded: boolean;
  /** Called after an item was chosen. */
  onSelect: () => void;
}

/**
 * SDK actions as PatternFly dropdown items: callbacks run, console paths navigate in place (the
 * item is still a real link), external URLs open in a new tab, and only when `safeHttpUrl`
 * accepts them.
 */
export const ActionMenuItems = ({ actions, loaded, onSelect }: ActionMenuItemsProps) => {
  const { t } = useTempoTranslation();
  const navigate = useNavigate();
  if (!loaded) {
    return (
      <DropdownItem isDisabled icon={<Spinner size="sm" aria-hidden />}>
        {t('Loading actions')}
      </DropdownItem>
    );
  }
  if (actions.length === 0) {
    return <DropdownItem isDisabled>{t('No actions available')}</DropdownItem>;
  }
  return (
    <>
      {actions.map((action) => {
        const common = {
          key: action.id,
          isDisabled: action.disabled,
          description: action.description,
          'data-test-action': action.id,
        };
        const { cta } = action;
        if (typeof cta === 'function') {
          return (
            <DropdownItem
              {...common}
              key={action.id}
              onClick={() => {
                onSelect();
                cta();
              }}
            >
              {action.label}
            </DropdownItem>
          );
        }
        if (cta.external) {
          const url = safeHttpUrl(cta.href);
          if (!url) return null;
          return (
            <DropdownItem
              {...common}
              key={action.id}
              to={url}
              isExternalLink
              rel="noopener noreferrer"
              onClick={onSelect}
            >
              {action.label}
            </DropdownItem>
          );
        }
        return (
          <DropdownItem
            {...common}
            key={action.id}
            to={cta.href}
            onClick={(event: MouseEvent) => {
              event.preventDefault();
              onSelect();
              void navigate(cta.href);
            }}
          >
            {action.label}
          </DropdownItem>
        );
      })}
    </>
  );
};
