const METHODS = ['log', 'info', 'warn', 'error', 'debug'] as const;

/**
 * Runs a synchronous engine call with the console redirected into a list:
 * speech-rule-engine and its XML parser print to the console on bad input,
 * and Attune returns those words with the result instead of leaving noise
 * in the learner's console. Only for synchronous calls — nothing else can
 * run (and lose its output) while the console is borrowed.
 */
export function withConsoleCaptured<T>(call: () => T): { value: T; messages: string[] } | { error: unknown; messages: string[] } {
  const messages: string[] = [];
  const saved = METHODS.map((m) => console[m]);
  for (const m of METHODS) console[m] = (...args: unknown[]) => void messages.push(args.map(String).join(' ').trim());
  try {
    return { value: call(), messages };
  } catch (error) {
    return { error, messages };
  } finally {
    METHODS.forEach((m, i) => (console[m] = saved[i]!));
  }
}
