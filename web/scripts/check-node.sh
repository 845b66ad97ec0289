#!/usr/bin/env bash
# Fails the Maven build early, with a message a newcomer can act on, when Node 20+ or npm is missing.
set -u
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "[xuequ] Node.js 20+ and npm are required to build the web console (web/)." >&2
  echo "[xuequ] 构建控制台需要 Node.js 20 及以上版本和 npm。请安装后重试，例如：apt-get install -y nodejs npm，或从 https://nodejs.org 安装。" >&2
  exit 1
fi
major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$major" -lt 20 ]; then
  echo "[xuequ] Node.js $(node -v) found, but 20 or newer is required to build the web console." >&2
  echo "[xuequ] 检测到 Node.js $(node -v)，构建控制台需要 20 及以上版本。" >&2
  exit 1
fi
echo "[xuequ] Node.js $(node -v), npm $(npm -v)"
