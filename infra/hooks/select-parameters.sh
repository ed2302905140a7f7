#!/bin/sh
# azd reads infra/main.bicepparam. Make it the parameter file of this azd environment's kind:
# COMPAT_ENVIRONMENT=staging|production (`azd env set COMPAT_ENVIRONMENT production`); default staging.
set -eu
kind="${COMPAT_ENVIRONMENT:-staging}"
here="$(cd "$(dirname "$0")/.." && pwd)"
source_file="$here/$kind.bicepparam"
if [ ! -f "$source_file" ]; then
  echo "No parameter file for environment kind '$kind' ($source_file)." >&2
  exit 1
fi
cp "$source_file" "$here/main.bicepparam"
echo "infra/main.bicepparam <- infra/$kind.bicepparam"
