import { az } from '../../../tests/fixtures/events/index.js';
import { testDetector } from '../../../tests/support/detector-tester.js';
import detector from './azure-authorization-privileged-role-assigned.js';

const assign = (roleId: string, result = 'Success') =>
  az({
    operation: 'Microsoft.Authorization/roleAssignments/write',
    result,
    resourceId: '/subscriptions/s/providers/Microsoft.Authorization/roleAssignments/ra1',
    requestBody: {
      Properties: {
        PrincipalId: 'p-1',
        PrincipalType: 'User',
        RoleDefinitionId: `/providers/Microsoft.Authorization/roleDefinitions/${roleId}`,
        Scope: '/subscriptions/s',
      },
    },
  });
testDetector(detector, {
  valid: [
    { name: 'Reader is not privileged', events: [assign('acdd72a7-3385-48ef-bd42-f606fba81ae7')] },
    { name: 'a failed assignment', events: [assign('8e3af657-a8ff-443c-a75c-2fe8c4bcb635', 'Failure')] },
  ],
  invalid: [
    { name: 'Owner assigned', events: [assign('8e3af657-a8ff-443c-a75c-2fe8c4bcb635')], messageId: 'assigned', explains: 'Owner role to User p-1' },
    {
      name: 'Started and Succeeded entries are one alert',
      events: [assign('b24988ac-6180-42a0-ab88-20f7382dd24c', 'Start'), assign('b24988ac-6180-42a0-ab88-20f7382dd24c')],
      messageId: 'assigned',
      alerts: 1,
    },
    {
      name: 'access elevated to all subscriptions',
      events: [az({ operation: 'Microsoft.Authorization/elevateAccess/action' })],
      messageId: 'elevated',
      severity: 'critical',
    },
  ],
});
