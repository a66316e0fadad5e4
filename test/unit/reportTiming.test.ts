/** When the report panel asks again after a keystroke. */
import * as assert from 'assert';
import { refreshDelay } from '../../client/src/report/timing';

suite('report panel refresh', () => {
  test('120 ms after a keystroke while answers are quick; twice the last answer when slow; never over 5 s', () => {
    assert.strictEqual(refreshDelay(undefined), 120, 'before any answer');
    assert.strictEqual(refreshDelay(15), 120);
    assert.strictEqual(refreshDelay(60), 120);
    assert.strictEqual(refreshDelay(400), 800, 'a 5,000-line brief');
    assert.strictEqual(refreshDelay(2300), 4600, 'a 50,000-line brief');
    assert.strictEqual(refreshDelay(60000), 5000);
    assert.strictEqual(refreshDelay(Number.NaN), 120);
    assert.strictEqual(refreshDelay(-1), 120);
  });
});
