# The API image for docker-compose.yml. Runs the TypeScript sources through tsx (a runtime dependency),
# exactly as `node bin/conflict-kg.mjs serve` does outside Docker.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY bin ./bin
COPY src ./src
COPY cypher ./cypher
COPY browser ./browser
COPY fixtures ./fixtures
COPY schema.graphql ./
USER node
EXPOSE 4000
CMD ["node", "bin/conflict-kg.mjs", "serve"]
