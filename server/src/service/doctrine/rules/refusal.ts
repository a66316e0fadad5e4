/** The art. 286-1 rules share their trigger: a charge under art286-1 against a provider. */
import type { ChargeModel, ProviderModel } from '../../model';
import { outOfForce, type ChargesView, type ChargeView } from '../rule';

/** The provider a charge under art286-1 names, or undefined for any other charge. */
export function refusalProvider(v: ChargeView): ProviderModel | undefined {
  return v.named && v.charge.offense === 'art286-1' && !outOfForce(v.charge, v.named) ? v.named.provider : undefined;
}

/**
 * A provider charged under art286-1, with its first such charge: for the rules that point at
 * one of its facts, which fire once per fact however many such charges there are.
 */
export function refusalCharged(v: ChargesView): { provider: ProviderModel; charge: ChargeModel } | undefined {
  const charge = v.charges.find((c) => c.offense === 'art286-1' && !outOfForce(c, v.conclusion));
  return charge && { provider: v.conclusion.provider, charge };
}
