import { defineConfig } from 'vite';

// The build lands straight in the jar's static resources; Spring serves it at "/".
// In development, API=http://localhost:8090 npx vite points the proxy at another backend.
export default defineConfig({
  build: {
    outDir: '../target/classes/static',
    emptyOutDir: true,
  },
  server: {
    proxy: { '/api': process.env.API ?? 'http://localhost:8080' },
  },
});
