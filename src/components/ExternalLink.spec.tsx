// @vitest-environment jsdom
import '../hooks/testing/setup';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ExternalLink } from './ExternalLink';

describe('ExternalLink', () => {
  it('opens a safe URL in a new tab without handing over the opener', () => {
    render(<ExternalLink href="https://tempo.example.com/search">Jaeger UI</ExternalLink>);
    const link = screen.getByRole('link', { name: 'Jaeger UI' });
    expect(link).toHaveAttribute('href', 'https://tempo.example.com/search');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('shows the host when there is no text', () => {
    render(<ExternalLink href="https://tempo.example.com/" />);
    expect(screen.getByRole('link', { name: 'tempo.example.com' })).toBeInTheDocument();
  });

  it.each([
    'javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    '//evil.example.com/',
    'https://user:pass@evil.example.com/',
  ])('renders nothing for %s', (href) => {
    const { container } = render(<ExternalLink href={href}>x</ExternalLink>);
    expect(container).toBeEmptyDOMElement();
  });
});
