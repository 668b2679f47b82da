import * as path from 'path';
import webpack, { type Configuration } from 'webpack';
import { pfDynamicModulesSource, pfStylesSource } from './build/shared-modules';

const root = path.resolve(__dirname, '../..');
const nodeModules = path.join(root, 'node_modules');
const production = process.env.HOST_MODE === 'production';

/**
 * The dev console host bundle (`npm run host:build` → `dev/console/dist/static/`). Development
 * React by default, so that React's warnings about plugin code show up in the browser console.
 */
const config: Configuration = {
  mode: production ? 'production' : 'development',
  context: __dirname,
  entry: { 'dev-console': './app/index.tsx' },
  output: {
    path: path.join(__dirname, 'dist/static'),
    publicPath: '/static/',
    filename: '[name].js',
    chunkFilename: '[name].[contenthash:8].js',
    assetModuleFilename: 'assets/[name].[contenthash:8][ext]',
    uniqueName: 'openshift-console',
    clean: true,
  },
  resolve: { extensions: ['.ts', '.tsx', '.js', '.jsx'] },
  module: {
    rules: [
      { test: /\.(jsx?|tsx?)$/, exclude: /\/node_modules\//, use: [{ loader: 'swc-loader' }] },
      { test: /\.css$/, use: ['style-loader', 'css-loader'] },
      { test: /\.(png|jpg|jpeg|gif|svg|woff2?|ttf|eot|otf)(\?.*$|$)/, type: 'asset/resource' },
      { test: /\.(m?js)$/, resolve: { fullySpecified: false } },
    ],
  },
  plugins: [
    new webpack.experiments.schemes.VirtualUrlPlugin(
      {
        'dev-console/pf-dynamic-modules': {
          type: '.js',
          source: () => pfDynamicModulesSource(nodeModules),
        },
        'dev-console/pf-styles': { type: '.js', source: () => pfStylesSource(nodeModules) },
      },
      { context: root },
    ),
  ],
  devtool: production ? false : 'cheap-module-source-map',
  performance: { hints: false },
  stats: 'errors-warnings',
};

export default config;
