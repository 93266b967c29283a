// `npm start`: serves the demo with the TypeScript sources compiled on the fly.
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';

export default {
  open: false,
  watch: !process.env.CI,
  nodeResolve: { exportConditions: ['production'] },
  appIndex: 'demo/index.html',
  rootDir: '.',
  hostname: process.env.HOST ?? 'localhost',
  port: Number(process.env.PORT ?? 8000),
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
};
