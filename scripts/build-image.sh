#!/usr/bin/env bash
# Builds the plugin's container image with podman or docker: scripts/build-image.sh [IMAGE]
set -euo pipefail
cd "$(dirname "$0")/.."
image="${1:-${IMAGE:-quay.io/example/tempo-console-plugin:latest}}"
engine="${CONTAINER_ENGINE:-$(command -v podman || command -v docker || true)}"
if [ -z "$engine" ]; then
  echo "Neither podman nor docker was found; install one or set CONTAINER_ENGINE." >&2
  exit 1
fi
"$engine" build --platform linux/amd64 -t "$image" .
echo "Built $image. Push it, then: helm upgrade --install tempo-console-plugin charts/tempo-console-plugin -n tempo-console-plugin --create-namespace --set plugin.image=$image"
