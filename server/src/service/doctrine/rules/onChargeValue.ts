/** Shared by the rules that answer a court's words: fire on a charge value equal to one id. */
import type { Finding } from '../../findings';
import type { MessageArgs } from '../../i18n/messages';
import type { ChargeModel } from '../../model';
import { relatedCharge, tokenSpan } from '../rule';

export function onChargeValue(charge: ChargeModel, code: string, key: 'reason' | 'basis', value: string, args: MessageArgs = {}): Finding[] {
  const f = charge.facts.get(key);
  const i = f ? f.values.indexOf(value) : -1;
  return f && i >= 0
    ? [{
      code,
      ...tokenSpan(f.valueTokens[i]),
      message: { id: code, args: { ...args, offense: charge.offense ?? '' } },
      related: [relatedCharge(charge)],
      data: { provider: charge.ref },
    }]
    : [];
}
