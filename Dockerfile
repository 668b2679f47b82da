# Build the plugin with Node, serve dist/ with an unprivileged nginx (the chart mounts nginx.conf
# and the serving certificate). `npm ci` is not used: see the README.
FROM registry.access.redhat.com/ubi9/nodejs-20:latest AS build
USER root
WORKDIR /opt/app-root/src
ENV PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund --ignore-scripts
COPY . .
RUN npm run build

FROM registry.access.redhat.com/ubi9/nginx-124:latest
COPY --from=build /opt/app-root/src/dist /usr/share/nginx/html
USER 1001
ENTRYPOINT ["nginx", "-g", "daemon off;"]
