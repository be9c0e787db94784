#!/bin/bash
# Container health check: exit 0 when GET /healthz on the local juesuan answers 200, else 1.
# Needs only bash (its /dev/tcp), so the runtime image carries no curl. The Dockerfile's HEALTHCHECK runs
# it; scripts/e2e-nginx runs it against a live server (up → 0, down → 1) so it cannot rot.
#   JUESUAN_PORT                  port the server listens on (default 8080)
#   JUESUAN_HEALTHCHECK_HOST      address to probe (default 127.0.0.1)
#   JUESUAN_HEALTHCHECK_TIMEOUT   seconds to wait for the status line (default 3)
set -u
host=${JUESUAN_HEALTHCHECK_HOST:-127.0.0.1}
port=${JUESUAN_PORT:-8080}
timeout=${JUESUAN_HEALTHCHECK_TIMEOUT:-3}

{ exec 3<>"/dev/tcp/${host}/${port}"; } 2>/dev/null || { echo "healthcheck: cannot connect to ${host}:${port}" >&2; exit 1; }
trap '' PIPE
printf -v request 'GET /healthz HTTP/1.1\r\nHost: %s:%s\r\nUser-Agent: juesuan-healthcheck\r\nConnection: close\r\n\r\n' "$host" "$port"
printf '%s' "$request" >&3 2>/dev/null || { echo "healthcheck: cannot send to ${host}:${port}" >&2; exit 1; }
if ! IFS= read -r -t "$timeout" status <&3; then
    echo "healthcheck: no answer from ${host}:${port} within ${timeout}s" >&2
    exit 1
fi
exec 3<&-
status=${status%$'\r'}
case $status in
    "HTTP/1.1 200 "* | "HTTP/1.1 200") exit 0 ;;
    *) echo "healthcheck: /healthz answered \"${status}\"" >&2; exit 1 ;;
esac
