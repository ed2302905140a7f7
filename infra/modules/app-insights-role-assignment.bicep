// Lets the app's identity send telemetry to an Application Insights resource whose local
// (instrumentation key) auth is off: Monitoring Metrics Publisher on that resource only.

@description('Application Insights resource the role applies to.')
param applicationInsightsName string

@description('Object (principal) id of the app identity.')
param principalId string

@description('Built-in role definition GUID (Monitoring Metrics Publisher).')
param roleDefinitionId string

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource assignment 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(applicationInsights.id, principalId, roleDefinitionId)
  scope: applicationInsights
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleDefinitionId)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}
