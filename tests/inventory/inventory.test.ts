import { describe, expect, it } from '@jest/globals';
import { InputError } from '../../src/core/errors.js';
import { demoInventory } from '../../src/demo/index.js';
import { Inventory } from '../../src/inventory/inventory.js';
import { validateInventory } from '../../src/inventory/snapshot.js';
import { rdsInstance, s3Bucket } from '../fixtures/aws/index.js';

describe('Inventory', () => {
  const data = {
    ...demoInventory(),
    resources: [rdsInstance('a'), rdsInstance('b', {}, { region: 'eu-west-1' }), rdsInstance('c', {}, { account: '999999999999' }), s3Bucket('x')],
  };
  const inventory = new Inventory(data);

  it('lists by type, account and region, in id order', () => {
    expect(inventory.list('aws.rds.instance').map((r) => r.name)).toEqual(['b', 'a', 'c']);
    expect(inventory.list('aws.rds.instance', { account: '123456789012' }).map((r) => r.name)).toEqual(['b', 'a']);
    expect(inventory.list('aws.rds.instance', { account: '123456789012', region: 'eu-west-1' }).map((r) => r.name)).toEqual(['b']);
    expect(inventory.list('aws.rds.instance', { region: 'us-east-1' }).map((r) => r.name)).toEqual(['a', 'c']);
    expect(inventory.list('aws.ec2.instance')).toEqual([]);
    expect(inventory.get(s3Bucket('x').id)?.name).toBe('x');
    expect([...inventory.types()].sort()).toEqual(['aws.rds.instance', 'aws.s3.bucket']);
    expect(inventory.size).toBe(4);
  });
});

describe('validateInventory', () => {
  it('accepts the demo inventory', () => {
    expect(validateInventory(JSON.parse(JSON.stringify(demoInventory())), 'demo').resources.length).toBeGreaterThan(10);
  });

  it('rejects repeated ids, a provider that does not match the type, and unknown types', () => {
    const base = demoInventory();
    const dup = { ...base, resources: [s3Bucket('x'), s3Bucket('x')] };
    expect(() => validateInventory(dup, 'f')).toThrow(/repeats the id/);
    const mismatch = { ...base, resources: [{ ...s3Bucket('x'), provider: 'azure' }] };
    expect(() => validateInventory(mismatch, 'f')).toThrow(InputError);
    const unknown = { ...base, resources: [{ ...s3Bucket('x'), type: 'aws.s3.teapot' }] };
    expect(() => validateInventory(unknown, 'f')).toThrow(/\/resources\/0/);
  });
});
