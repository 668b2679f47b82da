import {
  FormSelect,
  FormSelectOption,
  Masthead,
  MastheadBrand,
  MastheadContent,
  MastheadMain,
  MastheadToggle,
  PageToggleButton,
  ToggleGroup,
  ToggleGroupItem,
  Toolbar,
  ToolbarContent,
  ToolbarGroup,
  ToolbarItem,
} from '@patternfly/react-core';
import { BarsIcon, MoonIcon, SunIcon } from '@patternfly/react-icons';
import type { FC } from 'react';
import { Link } from 'react-router';
import { serverFlags } from '../../sdk/server-flags';
import type { Theme } from './theme';
import { switchUser } from './user';

export const AppMasthead: FC<{ theme: Theme; onThemeChange: (theme: Theme) => void }> = ({
  theme,
  onThemeChange,
}) => {
  const flags = serverFlags();
  const users = flags.devConsole?.users ?? [];
  const user = flags.devConsole?.user ?? '';
  return (
    <Masthead>
      <MastheadMain>
        <MastheadToggle>
          <PageToggleButton variant="plain" aria-label="Side navigation toggle">
            <BarsIcon />
          </PageToggleButton>
        </MastheadToggle>
        <MastheadBrand>
          <Link to="/dev-console" className="dev-console-brand">
            OpenShift console <small>dev host · {flags.releaseVersion}</small>
          </Link>
        </MastheadBrand>
      </MastheadMain>
      <MastheadContent>
        <Toolbar isFullHeight>
          <ToolbarContent>
            <ToolbarGroup align={{ default: 'alignEnd' }}>
              <ToolbarItem>
                <ToggleGroup aria-label="Theme">
                  <ToggleGroupItem
                    icon={<SunIcon />}
                    text="Light"
                    buttonId="theme-light"
                    isSelected={theme === 'light'}
                    onChange={() => onThemeChange('light')}
                  />
                  <ToggleGroupItem
                    icon={<MoonIcon />}
                    text="Dark"
                    buttonId="theme-dark"
                    isSelected={theme === 'dark'}
                    onChange={() => onThemeChange('dark')}
                  />
                </ToggleGroup>
              </ToolbarItem>
              <ToolbarItem>
                <FormSelect
                  value={user}
                  aria-label="User"
                  data-test="user-switcher"
                  onChange={(_e, value) => switchUser(value)}
                >
                  {users.map((u) => (
                    <FormSelectOption key={u} value={u} label={`User: ${u}`} />
                  ))}
                </FormSelect>
              </ToolbarItem>
            </ToolbarGroup>
          </ToolbarContent>
        </Toolbar>
      </MastheadContent>
    </Masthead>
  );
};
