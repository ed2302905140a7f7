// Staging: scales to zero (cost), small scale-out ceiling, staging shop origins only.
// The azd environment supplies name, region and the deployer (see docs/deploy.md).
using 'main.bicep'

param environmentName = readEnvironmentVariable('AZURE_ENV_NAME', 'compat-staging')
param location = readEnvironmentVariable('AZURE_LOCATION', 'westeurope')
param principalId = readEnvironmentVariable('AZURE_PRINCIPAL_ID', '')
param principalType = readEnvironmentVariable('AZURE_PRINCIPAL_TYPE', 'User')

param allowedOrigins = [
  'https://staging.shop.example.com'
  'https://staging.clinic.example.com'
]
param alwaysReadyInstanceCount = 0
param maximumInstanceCount = 40
param instanceMemoryMB = 2048
param logRetentionInDays = 30
