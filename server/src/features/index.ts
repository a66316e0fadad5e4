/** Every feature the server offers beyond diagnostics. */
import type { Feature } from './feature';
import { foldingFeature } from './folding';
import { formattingFeature } from './formatting';
import { navigationFeature } from './navigation';
import { symbolsFeature } from './symbols';

export const FEATURES: readonly Feature[] = [formattingFeature, navigationFeature, symbolsFeature, foldingFeature];
