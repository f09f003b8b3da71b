import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

export default defineConfig({
  plugins: [react()],
  // Relative asset URLs, so the dashboard works wherever `undertone serve` mounts it.
  base: './',
  build: { outDir: 'dist', emptyOutDir: true },
  // `npm run dev -w @undertone/web` talks to a local `undertone serve` on its default port.
  server: { proxy: { '/v1': 'http://127.0.0.1:8787' } },
})
