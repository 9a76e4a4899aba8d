import type { FurnitureRule } from './index.ts';

export const rules: FurnitureRule[] = [];
