#!/bin/sh
# azd postprovision: seed the catalogue tables from seeds/ with the deployer's identity
# (DefaultAzureCredential: the azd/az login locally, the OIDC service principal in CI).
# The import is idempotent, so re-running after every provision changes nothing when nothing changed.
set -eu
: "${CATALOGUE_TABLE_SERVICE_URI:?run through azd, which sets the provisioning outputs}"
prefix="${CATALOGUE_TABLE_PREFIX:-Catalogue}"

# A new role assignment can take a few minutes to reach the data plane; retry on failure.
attempt=1
until dotnet run --project src/Compatibility.Cli -c Release -- import \
    --table-service-uri "$CATALOGUE_TABLE_SERVICE_URI" --table-prefix "$prefix"; do
  if [ "$attempt" -ge 6 ]; then
    echo "Catalogue import failed after $attempt attempts." >&2
    exit 1
  fi
  echo "Import failed (role assignments may still be propagating); retrying in 30 s..." >&2
  attempt=$((attempt + 1))
  sleep 30
done
