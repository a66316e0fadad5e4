/** Every feature the server offers beyond diagnostics. */
import type { Feature } from './feature';
import { formattingFeature } from './formatting';
import { navigationFeature } from './navigation';

export const FEATURES: readonly Feature[] = [formattingFeature, navigationFeature];
