// Flex Consumption hosting plan (FC1, Linux): pay per execution, scale to zero, optional always-ready instances.

@description('Plan name.')
param name string

@description('Azure region.')
param location string

@description('Tags for the plan.')
param tags object

resource plan 'Microsoft.Web/serverfarms@2024-11-01' = {
  name: name
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

output id string = plan.id
