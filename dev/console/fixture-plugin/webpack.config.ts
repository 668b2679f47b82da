import * as path from 'path';
import type { Configuration } from 'webpack';
import CopyWebpackPlugin from 'copy-webpack-plugin';
import { ConsoleRemotePlugin } from '@openshift-console/dynamic-plugin-sdk-webpack';
import { fixtureExtensions, fixtureMetadata } from './extensions';

/**
 * A small console plugin that uses the SDK the way real plugins do, built like one
 * (`ConsoleRemotePlugin`), so the host's SDK can be tested end to end in a browser.
 */
const config: Configuration = {
  mode: 'development',
  entry: {},
  context: path.resolve(__dirname, 'src'),
  output: {
    path: path.resolve(__dirname, '../dist/fixture-plugin'),
    filename: '[name]-bundle.js',
    chunkFilename: '[name]-chunk.js',
    clean: true,
  },
  resolve: { extensions: ['.ts', '.tsx', '.js', '.jsx'] },
  module: {
    rules: [
      { test: /\.(jsx?|tsx?)$/, exclude: /\/node_modules\//, use: [{ loader: 'swc-loader' }] },
      { test: /\.(m?js)$/, resolve: { fullySpecified: false } },
    ],
  },
  plugins: [
    new ConsoleRemotePlugin({ pluginMetadata: fixtureMetadata, extensions: fixtureExtensions }),
    new CopyWebpackPlugin({
      patterns: [{ from: path.resolve(__dirname, 'locales'), to: 'locales' }],
    }),
  ],
  devtool: false,
  performance: { hints: false },
  stats: { preset: 'errors-warnings', errorDetails: true },
};

export default config;
