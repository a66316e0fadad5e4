/** Every feature the server offers beyond diagnostics. */
import type { Feature } from './feature';
import { semanticTokensFeature } from './semanticTokens';
import { foldingFeature } from './folding';
import { formattingFeature } from './formatting';
import { hoverFeature } from './hover';
import { navigationFeature } from './navigation';
import { symbolsFeature } from './symbols';

export const FEATURES: readonly Feature[] = [formattingFeature, navigationFeature, symbolsFeature, hoverFeature, foldingFeature, semanticTokensFeature];
