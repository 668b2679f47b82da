export interface IndexOptions {
  plugins: string[];
  users: string[];
  user: string;
}

/** JSON safe inside a `<script>` element. */
const scriptJSON = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** The page every console URL answers with: `SERVER_FLAGS` as the bridge injects them, then the host bundle. */
export const indexHtml = ({ plugins, users, user }: IndexOptions): string => {
  const flags = {
    basePath: '/',
    consoleVersion: '4.22.0',
    releaseVersion: '4.22.0',
    consolePlugins: plugins,
    i18nNamespaces: plugins.map((p) => `plugin__${p}`),
    devConsole: { users, user },
  };
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>OpenShift console (dev host)</title>
    <link rel="icon" href="data:," />
    <script>window.SERVER_FLAGS = ${scriptJSON(flags)};</script>
    <script defer src="/static/dev-console.js"></script>
  </head>
  <body>
    <div id="app"></div>
  </body>
</html>
`;
};
