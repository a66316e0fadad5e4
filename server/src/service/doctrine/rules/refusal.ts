/** The art. 286-1 rules share their trigger: a charge under art286-1 against a provider. */
import type { ChargeModel, ProviderModel } from '../../model';
import type { RuleContext } from '../rule';

export function refusalCharges(ctx: RuleContext): { c: ChargeModel; p: ProviderModel }[] {
  return ctx.model.charges.flatMap((c) => {
    const p = ctx.providerOf(c);
    return p && c.offense === 'art286-1' ? [{ c, p }] : [];
  });
}
