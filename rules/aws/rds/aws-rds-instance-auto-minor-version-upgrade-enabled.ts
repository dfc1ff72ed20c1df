import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'aws-rds-instance-auto-minor-version-upgrade-enabled',
  provider: 'aws',
  service: 'rds',
  resourceType: 'aws.rds.instance',
  severity: 'medium',
  title: 'RDS instances apply minor engine upgrades automatically',
  description:
    'Checks that AutoMinorVersionUpgrade is enabled on each RDS DB instance, so security patches of the database engine are applied in the maintenance window.',
  rationale: 'Minor versions carry security fixes; instances that never upgrade accumulate known vulnerabilities.',
  remediation: {
    summary: 'Enable automatic minor version upgrades on the instance (applied during the maintenance window).',
    cli: 'aws rds modify-db-instance --db-instance-identifier <instance> --auto-minor-version-upgrade --apply-immediately',
    console: [
      'Open the RDS console, choose Databases and the instance, then Modify.',
      'Under Maintenance, select "Enable auto minor version upgrade" and apply.',
    ],
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.Upgrading.html#USER_UpgradeDBInstance.Upgrading.AutoMinorVersionUpgrades',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-13',
  ],
  reads: ['autoMinorVersionUpgrade'],
  messages: {
    enabled: 'RDS instance {{name}} applies minor version upgrades automatically.',
    disabled: 'RDS instance {{name}} does not apply minor version upgrades automatically.',
  },
  evaluate(instance) {
    const evidence = { autoMinorVersionUpgrade: instance.properties.autoMinorVersionUpgrade, engineVersion: instance.properties.engineVersion };
    return instance.properties.autoMinorVersionUpgrade
      ? { status: 'PASS', messageId: 'enabled', evidence }
      : { status: 'FAIL', messageId: 'disabled', evidence };
  },
});
