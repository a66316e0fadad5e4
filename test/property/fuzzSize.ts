/**
 * The fuzz entry's size of generated values, set before any arbitrary is
 * built (fast-check reads it when an array arbitrary is made): medium unless
 * --size (or CASEFACTS_FUZZ_SIZE) says otherwise. The mocha suites keep
 * fast-check's default, small.
 */
import fc from 'fast-check';

const SIZES: readonly string[] = ['xsmall', 'small', 'medium', 'large', 'xlarge'];
const arg = process.argv.includes('--size') ? process.argv[process.argv.indexOf('--size') + 1] : process.env.CASEFACTS_FUZZ_SIZE;

export const SIZE: fc.Size = SIZES.includes(arg ?? '') ? (arg as fc.Size) : 'medium';
fc.configureGlobal({ baseSize: SIZE });
