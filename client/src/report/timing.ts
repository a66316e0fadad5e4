/**
 * When the report panel asks again after a keystroke: after a pause of 120 ms, or of twice
 * what the last answer took when that was longer (at most 5 s). On a long brief a report
 * takes the server seconds, during which it answers nothing else; asking again after every
 * short pause would keep it busy for as long as the user types.
 */
export function refreshDelay(lastAnswerMs: number | undefined): number {
  const MIN = 120;
  const MAX = 5000;
  return lastAnswerMs === undefined || !(lastAnswerMs > 0) ? MIN : Math.min(MAX, Math.max(MIN, 2 * lastAnswerMs));
}
