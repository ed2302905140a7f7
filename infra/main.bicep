// Compatibility API on Azure: one resource group per environment with a Flex Consumption
// Function App (.NET 10 isolated), its storage (catalogue tables + host state + deployment
// packages), monitoring, and identity-based access between them. No keys anywhere.
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('Environment name (the azd environment); used in resource names and the azd-env-name tag.')
param environmentName string

@minLength(1)
@description('Azure region for every resource; must offer Flex Consumption.')
param location string

@description('Object id of whoever deploys (a person or the CI service principal): gets data access to the catalogue tables so the post-provision import can seed them. Empty to skip.')
param principalId string = ''

@description('Kind of the deploying principal.')
@allowed([
  'User'
  'ServicePrincipal'
])
param principalType string = 'User'

@description('Browser origins allowed to call the API (CORS). Exact origins only, never a wildcard.')
param allowedOrigins string[]

@description('Always-ready instances for HTTP triggers: 0 scales to zero (cheapest, cold starts possible); 1 or more keeps instances warm and is billed while idle.')
@minValue(0)
@maxValue(20)
param alwaysReadyInstanceCount int

@description('Upper bound on instances when scaling out (a cost guard).')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int

@description('Memory per instance in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Days Log Analytics keeps logs.')
@minValue(30)
@maxValue(730)
param logRetentionInDays int = 30

// Built-in role definition ids (the same in every tenant).
var roles = {
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
  monitoringMetricsPublisher: '3913510d-42f4-4e42-8a64-420c390055eb'
}

var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = {
  'azd-env-name': environmentName
  application: 'compatibility-api'
}
var functionAppName = 'func-compat-${resourceToken}'
var deploymentContainerName = 'app-package-${take(resourceToken, 7)}'
// The app and the import command name the tables '<prefix>Ingredients' etc. (Catalogue:TablePrefix);
// the same prefix goes into the app's settings and the import hook so they cannot drift apart.
var catalogueTablePrefix = 'Catalogue'
var catalogueTables = [
  '${catalogueTablePrefix}Ingredients'
  '${catalogueTablePrefix}Protocols'
  '${catalogueTablePrefix}Products'
]

resource resourceGroup 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: 'rg-${environmentName}'
  location: location
  tags: tags
}

module identity 'modules/identity.bicep' = {
  name: 'identity'
  scope: resourceGroup
  params: {
    name: 'id-compat-${resourceToken}'
    location: location
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  scope: resourceGroup
  params: {
    name: 'stcompat${resourceToken}'
    location: location
    tags: tags
    deploymentContainerName: deploymentContainerName
    tableNames: catalogueTables
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  scope: resourceGroup
  params: {
    logAnalyticsName: 'log-compat-${resourceToken}'
    applicationInsightsName: 'appi-compat-${resourceToken}'
    location: location
    tags: tags
    retentionInDays: logRetentionInDays
  }
}

module plan 'modules/flex-plan.bicep' = {
  name: 'plan'
  scope: resourceGroup
  params: {
    name: 'plan-compat-${resourceToken}'
    location: location
    tags: tags
  }
}

// The app identity: Blob Data Owner for the deployment package and the host's blobs, Queue Data
// Contributor for the host's queues, Table Data Contributor for the catalogue.
module appStorageRoles 'modules/storage-role-assignments.bicep' = {
  name: 'app-storage-roles'
  scope: resourceGroup
  params: {
    storageAccountName: storage.outputs.name
    principalId: identity.outputs.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionIds: [
      roles.storageBlobDataOwner
      roles.storageQueueDataContributor
      roles.storageTableDataContributor
    ]
  }
}

module appTelemetryRole 'modules/app-insights-role-assignment.bicep' = {
  name: 'app-telemetry-role'
  scope: resourceGroup
  params: {
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    principalId: identity.outputs.principalId
    roleDefinitionId: roles.monitoringMetricsPublisher
  }
}

// The deployer seeds the catalogue after provisioning (azure.yaml postprovision hook).
module deployerTableRole 'modules/storage-role-assignments.bicep' = if (!empty(principalId)) {
  name: 'deployer-table-role'
  scope: resourceGroup
  params: {
    storageAccountName: storage.outputs.name
    principalId: principalId
    principalType: principalType
    roleDefinitionIds: [
      roles.storageTableDataContributor
    ]
  }
}

module functionApp 'modules/function-app.bicep' = {
  name: 'function-app'
  scope: resourceGroup
  params: {
    name: functionAppName
    location: location
    tags: union(tags, { 'azd-service-name': 'api' })
    planId: plan.outputs.id
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageAccountName: storage.outputs.name
    deploymentContainerName: deploymentContainerName
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    catalogueTablePrefix: catalogueTablePrefix
    allowedOrigins: allowedOrigins
    alwaysReadyInstanceCount: alwaysReadyInstanceCount
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
  }
  // The host reads its storage and the deployment package by identity at first start.
  dependsOn: [
    appStorageRoles
    appTelemetryRole
  ]
}

// azd stores these in the environment (.azure/<env>/.env) and passes them to hooks.
output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = resourceGroup.name
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output CATALOGUE_TABLE_SERVICE_URI string = storage.outputs.tableEndpoint
output CATALOGUE_TABLE_PREFIX string = catalogueTablePrefix
output FUNCTION_APP_BASE_URL string = 'https://${functionApp.outputs.defaultHostName}/api'
