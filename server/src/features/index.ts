/** Every feature the server offers beyond diagnostics. */
import type { Feature } from './feature';

export const FEATURES: readonly Feature[] = [];
