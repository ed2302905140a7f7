# azd reads infra/main.bicepparam. Make it the parameter file of this azd environment's kind:
# COMPAT_ENVIRONMENT=staging|production (`azd env set COMPAT_ENVIRONMENT production`); default staging.
$ErrorActionPreference = 'Stop'
$kind = if ($env:COMPAT_ENVIRONMENT) { $env:COMPAT_ENVIRONMENT } else { 'staging' }
$infra = Split-Path -Parent $PSScriptRoot
$source = Join-Path $infra "$kind.bicepparam"
if (-not (Test-Path $source)) { throw "No parameter file for environment kind '$kind' ($source)." }
Copy-Item $source (Join-Path $infra 'main.bicepparam') -Force
Write-Host "infra/main.bicepparam <- infra/$kind.bicepparam"
