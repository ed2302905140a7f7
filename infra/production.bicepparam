// Production: one always-ready instance so the first request after a quiet spell is not a cold
// start; a higher scale-out ceiling; production origins only.
using 'main.bicep'

param environmentName = readEnvironmentVariable('AZURE_ENV_NAME', 'compat-production')
param location = readEnvironmentVariable('AZURE_LOCATION', 'westeurope')
param principalId = readEnvironmentVariable('AZURE_PRINCIPAL_ID', '')
param principalType = readEnvironmentVariable('AZURE_PRINCIPAL_TYPE', 'User')

param allowedOrigins = [
  'https://shop.example.com'
  'https://clinic.example.com'
]
param alwaysReadyInstanceCount = 1
param maximumInstanceCount = 100
param instanceMemoryMB = 2048
param logRetentionInDays = 90
