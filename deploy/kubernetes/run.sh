#!/usr/bin/env bash
# Runs the sharded recipe on a Kubernetes cluster (kubectl configured, the image pushed where the cluster pulls from,
# the input copied to /data/input of the textpipeline-data volume). Kubernetes Jobs have no dependencies, so the
# merge is created once the shards' Indexed Job is Complete; a shard that fails for good fails that Job, and then
# no merge runs (exit 1).
#   deploy/kubernetes/run.sh [namespace]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
ns=(--namespace "${1:-default}")
kubectl "${ns[@]}" apply -f "$here/storage.yaml"
kubectl "${ns[@]}" delete job textpipeline-shards textpipeline-merge --ignore-not-found
kubectl "${ns[@]}" apply -f "$here/shards-job.yaml"
kubectl "${ns[@]}" wait --for=condition=complete --timeout=24h job/textpipeline-shards &
complete=$!
kubectl "${ns[@]}" wait --for=condition=failed --timeout=24h job/textpipeline-shards &
failed=$!
wait -n "$complete" "$failed" || true
if kubectl "${ns[@]}" get job textpipeline-shards -o jsonpath='{.status.conditions[?(@.type=="Complete")].status}' | grep -q True; then
  kill "$failed" 2>/dev/null || true
  kubectl "${ns[@]}" apply -f "$here/merge-job.yaml"
  kubectl "${ns[@]}" wait --for=condition=complete --timeout=24h job/textpipeline-merge
  kubectl "${ns[@]}" logs job/textpipeline-merge | tail -1
else
  kill "$complete" 2>/dev/null || true
  echo "run.sh: the shards failed; no merge (kubectl describe job textpipeline-shards)" >&2
  exit 1
fi
