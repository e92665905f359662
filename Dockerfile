# policy-kg on Node 20 (Debian bookworm). Used by docker-compose.yml next to a Neo4j service.
FROM node:20-bookworm

# nodejieba and better-sqlite3 compile native addons when no prebuilt binary matches the platform.
RUN apt-get update \
 && apt-get install -y --no-install-recommends build-essential python3 \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /app
RUN chown node:node /app
USER node

# nodejieba's install script runs npx; it must not wait for a "yes" that never comes.
ENV npm_config_yes=true

# Dependencies first, so code changes do not re-run npm ci.
COPY --chown=node:node package.json package-lock.json .npmrc ./
RUN npm ci

COPY --chown=node:node . .

# Inside a container the server must listen on every interface, not just loopback.
ENV HOST=0.0.0.0 \
    PORT=3000
EXPOSE 3000

CMD ["npm", "start"]
