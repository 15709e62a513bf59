# The Trellis API with the built SPA, as run behind the proxy in docker-compose.yml.
FROM node:20-bookworm-slim
WORKDIR /app
RUN npm install -g pnpm@10.34.9
COPY . .
RUN pnpm install --frozen-lockfile && pnpm --filter @trellis/web build
ENV HOST=0.0.0.0 PORT=4800 NODE_ENV=production
EXPOSE 4800
USER node
CMD ["node", "-r", "@swc-node/register", "apps/api/src/main.ts"]
