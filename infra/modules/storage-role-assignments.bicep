// Grants one principal a set of built-in data roles, scoped to the storage account (not the
// resource group), so the grant reaches exactly this account.

@description('Storage account the roles apply to.')
param storageAccountName string

@description('Object (principal) id that receives the roles.')
param principalId string

@description('Kind of principal: the app identity is a ServicePrincipal; a person deploying is a User.')
@allowed([
  'User'
  'Group'
  'ServicePrincipal'
])
param principalType string

@description('Built-in role definition GUIDs to grant.')
param roleDefinitionIds string[]

resource storage 'Microsoft.Storage/storageAccounts@2024-01-01' existing = {
  name: storageAccountName
}

resource assignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for roleDefinitionId in roleDefinitionIds: {
    name: guid(storage.id, principalId, roleDefinitionId)
    scope: storage
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleDefinitionId)
      principalId: principalId
      principalType: principalType
    }
  }
]
