import { Dropdown, DropdownList, MenuToggle } from '@patternfly/react-core';
import EllipsisVIcon from '@patternfly/react-icons/dist/esm/icons/ellipsis-v-icon';
import { useState } from 'react';
import { useTempoStackActions } from '../actions/useTempoStackActions';
import { useTempoTranslation } from '../hooks/useTempoTranslation';
import type { TempoStack } from '../tempostack/types';
import { ActionMenuItems } from './ActionMenuItems';

/** Items of an open menu: the actions hook runs only while the menu is open. */
const StackActionItems = ({ stack, onSelect }: { stack: TempoStack; onSelect: () => void }) => {
  const [actions, loaded] = useTempoStackActions(stack);
  return <ActionMenuItems actions={actions} loaded={loaded} onSelect={onSelect} />;
};

export interface TempoStackActionsMenuProps {
  /** The stack the actions apply to. */
  stack: TempoStack;
  /** `kebab` for table rows, `button` ("Actions") for a page heading. */
  variant?: 'kebab' | 'button';
}

/**
 * The actions of a stack in a PatternFly dropdown. Access reviews and watches behind the actions
 * start only when the menu opens, so a list of many stacks costs nothing until a menu is used.
 */
export const TempoStackActionsMenu = ({ stack, variant = 'kebab' }: TempoStackActionsMenuProps) => {
  const { t } = useTempoTranslation();
  const [isOpen, setOpen] = useState(false);
  const name = stack.metadata.name ?? '';
  const close = () => setOpen(false);
  return (
    <Dropdown
      isOpen={isOpen}
      onOpenChange={setOpen}
      popperProps={{ position: 'right' }}
      toggle={(ref) =>
        variant === 'kebab' ? (
          <MenuToggle
            ref={ref}
            variant="plain"
            icon={<EllipsisVIcon />}
            aria-label={t('Actions for {{name}}', { name })}
            isExpanded={isOpen}
            onClick={() => setOpen(!isOpen)}
            data-test="actions-kebab"
          />
        ) : (
          <MenuToggle
            ref={ref}
            variant="secondary"
            isExpanded={isOpen}
            onClick={() => setOpen(!isOpen)}
            data-test="actions-menu"
          >
            {t('Actions')}
          </MenuToggle>
        )
      }
    >
      <DropdownList>
        {isOpen ? <StackActionItems stack={stack} onSelect={close} /> : null}
      </DropdownList>
    </Dropdown>
  );
};
