import { Button, Card, CardBody, CardHeader, CardTitle } from '@patternfly/react-core';
import type { ReactNode } from 'react';

export interface RemovableItemCardProps {
  /** `data-test` of the card (the item's field path, e.g. `tenancy.roles.0`). */
  dataTest: string;
  /** The item's heading. */
  title: ReactNode;
  /** The remove button's text, which names the item (its accessible name). */
  removeLabel: string;
  onRemove: () => void;
  children: ReactNode;
}

/** One item of an editable list (a tenant, a role, a role binding): a card with a remove button. */
export const RemovableItemCard = ({
  dataTest,
  title,
  removeLabel,
  onRemove,
  children,
}: RemovableItemCardProps) => (
  <Card isCompact data-test={dataTest}>
    <CardHeader
      actions={{
        actions: (
          <Button variant="secondary" isDanger size="sm" onClick={onRemove}>
            {removeLabel}
          </Button>
        ),
      }}
    >
      <CardTitle component="h4">{title}</CardTitle>
    </CardHeader>
    <CardBody>{children}</CardBody>
  </Card>
);
