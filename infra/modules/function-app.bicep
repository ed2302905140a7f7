// The Function App on Flex Consumption: .NET 10 isolated worker, user-assigned identity for
// everything (deployment package, host storage, catalogue tables, telemetry), no keys or
// connection strings to storage in its settings.

@description('Function app name (also the host name prefix).')
param name string

@description('Azure region.')
param location string

@description('Tags for the app; must include azd-service-name so `azd deploy` finds it.')
param tags object

@description('Flex Consumption plan resource id.')
param planId string

@description('Resource id of the user-assigned identity.')
param identityId string

@description('Client id of the user-assigned identity (for DefaultAzureCredential and the host).')
param identityClientId string

@description('Storage account holding the deployment container and the tables.')
param storageAccountName string

@description('Blob container for deployment packages.')
param deploymentContainerName string

@description('Application Insights resource that receives telemetry (Entra auth only).')
param applicationInsightsName string

@description('Prefix of the catalogue table names (Catalogue:TablePrefix).')
param catalogueTablePrefix string

@description('Browser origins allowed by CORS. Never a wildcard.')
param allowedOrigins string[]

@description('Instances kept warm for HTTP triggers; 0 means scale to zero (cold starts possible).')
@minValue(0)
param alwaysReadyInstanceCount int

@description('Upper bound on instances when scaling out.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int

@description('Memory per instance in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int

resource storage 'Microsoft.Storage/storageAccounts@2024-01-01' existing = {
  name: storageAccountName
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

// A wildcard would let any web page call the API from a visitor's browser; drop it even if a
// parameter file lists it (the infra tests also reject it in every environment).
var corsOrigins = filter(allowedOrigins, origin => origin != '*')

resource functionApp 'Microsoft.Web/sites@2024-11-01' = {
  name: name
  location: location
  tags: tags
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: planId
    httpsOnly: true
    publicNetworkAccess: 'Enabled'
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      cors: {
        allowedOrigins: corsOrigins
        supportCredentials: false
      }
      appSettings: [
        // Host storage by identity: account name + managed identity, never a connection string.
        {
          name: 'AzureWebJobsStorage__accountName'
          value: storage.name
        }
        {
          name: 'AzureWebJobsStorage__credential'
          value: 'managedidentity'
        }
        {
          name: 'AzureWebJobsStorage__clientId'
          value: identityClientId
        }
        // The catalogue (Table Storage) by endpoint; the app authenticates with DefaultAzureCredential.
        {
          name: 'Catalogue__TableServiceUri'
          value: storage.properties.primaryEndpoints.table
        }
        {
          name: 'Catalogue__TablePrefix'
          value: catalogueTablePrefix
        }
        // Makes DefaultAzureCredential pick the user-assigned identity.
        {
          name: 'AZURE_CLIENT_ID'
          value: identityClientId
        }
        // The connection string only names the ingestion endpoint; with local auth off it cannot
        // ingest on its own. The authentication string makes the SDK use an Entra token.
        {
          name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
          value: applicationInsights.properties.ConnectionString
        }
        {
          name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING'
          value: 'ClientId=${identityClientId};Authorization=AAD'
        }
      ]
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.properties.primaryEndpoints.blob}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        instanceMemoryMB: instanceMemoryMB
        maximumInstanceCount: maximumInstanceCount
        alwaysReady: alwaysReadyInstanceCount > 0
          ? [
              {
                name: 'http'
                instanceCount: alwaysReadyInstanceCount
              }
            ]
          : []
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }

  // Deployments go through Entra ID (azd / OneDeploy); publishing with user name and password is off.
  resource ftpCredentials 'basicPublishingCredentialsPolicies' = {
    name: 'ftp'
    properties: {
      allow: false
    }
  }

  resource scmCredentials 'basicPublishingCredentialsPolicies' = {
    name: 'scm'
    properties: {
      allow: false
    }
  }
}

output name string = functionApp.name
output defaultHostName string = functionApp.properties.defaultHostName
