/** Every feature the server offers beyond diagnostics. */
import { codeActionsFeature, combineCodeActions } from './codeActions';
import { codeLensFeature } from './codeLens';
import { completionFeature } from './completion';
import type { Feature } from './feature';
import { foldingFeature } from './folding';
import { formattingFeature } from './formatting';
import { hoverFeature } from './hover';
import { navigationFeature } from './navigation';
import { reportFeature } from './report';
import { semanticTokensFeature } from './semanticTokens';
import { sourceActionsFeature } from './sourceActions';
import { symbolsFeature } from './symbols';

export const FEATURES: readonly Feature[] = [formattingFeature, navigationFeature, symbolsFeature, hoverFeature, completionFeature, combineCodeActions([codeActionsFeature, sourceActionsFeature]), codeLensFeature, foldingFeature, semanticTokensFeature, reportFeature];
