/** Shared by the rules that answer a court's words: fire on each charge value equal to one id. */
import type { Finding } from '../../findings';
import type { MessageArgs } from '../../i18n/messages';
import { RuleContext, relatedCharge, tokenSpan } from '../rule';

export function onChargeValue(ctx: RuleContext, code: string, key: 'reason' | 'basis', value: string, args: MessageArgs = {}): Finding[] {
  const out: Finding[] = [];
  for (const charge of ctx.model.charges) {
    const f = charge.facts.get(key);
    const i = f ? f.values.indexOf(value) : -1;
    if (f && i >= 0) {
      out.push({
        code,
        ...tokenSpan(f.valueTokens[i]),
        message: { id: code, args: { ...args, offense: charge.offense ?? '' } },
        related: [relatedCharge(charge)],
        data: { provider: charge.ref },
      });
    }
  }
  return out;
}
