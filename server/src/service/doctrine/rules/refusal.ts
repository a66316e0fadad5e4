/** The art. 286-1 rules share their trigger: a charge under art286-1 against a provider. */
import type { ProviderModel } from '../../model';
import type { ChargeView } from '../rule';

/** The provider a charge under art286-1 names, or undefined for any other charge. */
export function refusalProvider(v: ChargeView): ProviderModel | undefined {
  return v.named && v.charge.offense === 'art286-1' ? v.named.provider : undefined;
}
