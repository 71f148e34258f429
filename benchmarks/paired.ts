// Timing two sides of a comparison on a shared machine, where throughput drifts by 10 % and more between runs:
// the corpus is cut into chunks that alternate between the sides, time is CPU time, and the figure is the median
// over rounds of one side's total over the other's.

export interface PairedRatio {
  median: number;
  low: number;
  high: number;
  /** Every round's ratio, in the order the rounds ran. */
  ratios: number[];
}

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** Side A's CPU time over side B's on items `0..count-1`, each side called once per item in each round. */
export function pairedRatio(
  count: number,
  a: (index: number) => void,
  b: (index: number) => void,
  { rounds, chunks = 20 }: { rounds: number; chunks?: number },
): PairedRatio {
  const ratios: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const time = { a: 0, b: 0 };
    for (let chunk = 0; chunk < chunks; chunk++) {
      const from = Math.floor((chunk * count) / chunks);
      const to = Math.floor(((chunk + 1) * count) / chunks);
      // Which side goes first alternates by chunk and round, so neither always runs on a warmer machine.
      const sides = (chunk + round) % 2 === 0 ? (['a', 'b'] as const) : (['b', 'a'] as const);
      for (const side of sides) {
        const run = side === 'a' ? a : b;
        const start = cpuMs();
        for (let k = from; k < to; k++) run(k);
        time[side] += cpuMs() - start;
      }
    }
    ratios.push(time.a / time.b);
  }
  const sorted = [...ratios].sort((x, y) => x - y);
  return { median: sorted[Math.floor(sorted.length / 2)]!, low: sorted[0]!, high: sorted[sorted.length - 1]!, ratios };
}
