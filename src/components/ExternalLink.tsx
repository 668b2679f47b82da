import { Button } from '@patternfly/react-core';
import ExternalLinkAltIcon from '@patternfly/react-icons/dist/esm/icons/external-link-alt-icon';
import type { ReactNode } from 'react';
import { safeHttpUrl } from '../tempostack/endpoints';

export interface ExternalLinkProps {
  /** The URL; nothing is rendered unless `safeHttpUrl` accepts it. */
  href: string;
  /** The link text; defaults to the URL's host. */
  children?: ReactNode;
  /** Accessible name when the text alone is ambiguous (e.g. in a table row). */
  'aria-label'?: string;
  /** `data-test` attribute. */
  dataTest?: string;
}

/** A link opening a safe http(s) URL in a new tab, with PatternFly's external-link icon. */
export const ExternalLink = ({
  href,
  children,
  'aria-label': ariaLabel,
  dataTest,
}: ExternalLinkProps) => {
  const url = safeHttpUrl(href);
  if (!url) return null;
  return (
    <Button
      component="a"
      variant="link"
      isInline
      href={url}
      target="_blank"
      rel="noopener noreferrer"
      icon={<ExternalLinkAltIcon />}
      iconPosition="end"
      aria-label={ariaLabel}
      data-test={dataTest}
    >
      {children ?? new URL(url).host}
    </Button>
  );
};
