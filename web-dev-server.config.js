// `npm start`: serves the demo with the TypeScript sources compiled on the fly.
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';

export default {
  open: false,
  watch: !process.env.CI,
  nodeResolve: { exportConditions: ['production'] },
  appIndex: 'demo/index.html',
  // The demo lives in demo/; the server's root sends you there.
  middleware: [
    (context, next) => {
      if (context.path === '/') return context.redirect('/demo/');
      return next();
    },
  ],
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
