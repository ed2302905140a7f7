# azd postprovision: seed the catalogue tables from seeds/ with the deployer's identity.
# The import is idempotent; a new role assignment can take minutes to apply, hence the retries.
$ErrorActionPreference = 'Stop'
if (-not $env:CATALOGUE_TABLE_SERVICE_URI) { throw 'Run through azd, which sets the provisioning outputs.' }
$prefix = if ($env:CATALOGUE_TABLE_PREFIX) { $env:CATALOGUE_TABLE_PREFIX } else { 'Catalogue' }
for ($attempt = 1; $attempt -le 6; $attempt++) {
    dotnet run --project src/Compatibility.Cli -c Release -- import --table-service-uri $env:CATALOGUE_TABLE_SERVICE_URI --table-prefix $prefix
    if ($LASTEXITCODE -eq 0) { exit 0 }
    Write-Warning 'Import failed (role assignments may still be propagating); retrying in 30 s...'
    Start-Sleep -Seconds 30
}
throw 'Catalogue import failed after 6 attempts.'
