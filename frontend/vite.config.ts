import { defineConfig } from 'vite';

// The build lands straight in the jar's static resources; Spring serves it at "/".
export default defineConfig({
  build: {
    outDir: '../target/classes/static',
    emptyOutDir: true,
  },
  server: {
    proxy: { '/api': 'http://localhost:8080' },
  },
});
